/**
 * What the content checks tell a contributor, in Dutch: the source catalogue. en.ts must have
 * exactly these keys, and each text there the same {{placeholders}} (a type error, and a test).
 *
 * `problems`: one entry per message code (see messages.ts): what was expected, what was found
 * and how to fix it. `phrases`: texts on their own (CLI lines, words put into a message).
 * A key ending in `_one`/`_other` is a plural form, chosen by `count`; `fix_suggestion` and the
 * like are variants the check asks for by context, and fall back to `fix`.
 *
 * Written for someone who edits a text file, not for a programmer: say what is wrong and what
 * to do, in the words of the site (profiel, overdrachtsgids, begrip, zelfscan).
 */
export const nl = {
  problems: {
    // MDX: what the text of a page may contain
    'mdx.syntax': {
      expected: 'tekst die MDX kan lezen: elke <Component> weer afgesloten, en geen { of < in gewone tekst',
      found: '{{error}}',
      fix: 'Sluit de component op deze regel af (<Aside>...</Aside> of <Term id="x">...</Term>), of schrijf een { of < in de tekst in woorden.',
    },
    'mdx.too-deep': {
      expected: 'citaten, lijsten en componenten hooguit {{max}} lagen diep in elkaar',
      found: '{{depth}} lagen',
      fix: 'Maak de tekst platter: zet minder citaten (>) of lijsten in elkaar.',
    },
    'mdx.import-export': {
      expected: 'geen regels met import of export: de componenten Aside, Steps, Term en Figure werken zonder ze te importeren',
      found: '"{{line}}"',
      fix: 'Verwijder deze regel. Andere componenten en code kunnen in een bijdrage niet worden gebruikt.',
    },
    'mdx.expression': {
      expected: 'gewone tekst zonder {accolades}: wat ertussen staat, voert MDX uit als code',
      found: '{{expression}}',
      fix: 'Haal de accolades weg en schrijf de tekst zelf, of formuleer het anders. Een accolade als teken schrijf je als \\{.',
    },
    'mdx.expression:spread': {
      expected: 'attributen in de vorm naam="waarde"',
      found: 'een {...} op de plek van een attribuut',
      fix: 'Schrijf elk attribuut als naam="waarde".',
    },
    'mdx.expression:attribute': {
      expected: '{{attribute}}="tekst" tussen aanhalingstekens',
      found: '{{attribute}}={...}',
      fix: 'Schrijf {{attribute}}="..." met gewone tekst tussen dubbele aanhalingstekens.',
    },
    'mdx.unsafe-element': {
      expected: 'alleen de componenten {{components}}',
      found: '{{tag}}',
      fix: 'Verwijder <{{name}}>: scripts, frames, stijlen, objecten en formulieren mogen niet in een bijdrage staan.',
    },
    'mdx.unknown-component': {
      expected: 'alleen de componenten {{components}}',
      found: '{{tag}}',
      fix: 'Gebruik een van de genoemde componenten, of schrijf de tekst in Markdown.',
      fix_suggestion: 'Bedoel je <{{suggestion}}>? Gebruik een van de genoemde componenten, of schrijf de tekst in Markdown.',
    },
    'mdx.event-handler': {
      expected: 'geen attributen die met on beginnen: die voeren code uit in de browser van de lezer',
      found: '{{attribute}}',
      fix: 'Verwijder {{attribute}}.',
    },
    'mdx.unknown-attribute': {
      expected: 'alleen deze attributen bij <{{name}}>: {{attributes}}',
      expected_none: 'geen attributen bij <{{name}}>',
      found: '{{attribute}}',
      fix: 'Verwijder {{attribute}}. <{{name}}> is {{purpose}}.',
    },
    'mdx.attribute-value': {
      expected: 'een van: {{values}}',
      found: '"{{value}}"',
      fix: 'Gebruik {{attribute}}="{{first}}" of een andere waarde uit de lijst.',
    },
    'mdx.attribute-value:missing': {
      expected: '{{attribute}}="..." met een waarde',
      found: '{{attribute}} zonder waarde',
      fix: 'Geef {{attribute}} een waarde tussen dubbele aanhalingstekens.',
    },
    'mdx.attribute-missing': {
      expected: '<{{name}}> met {{attribute}}="..."',
      found: '<{{name}}> zonder {{attribute}}',
      fix: 'Voeg {{attribute}}="..." toe. <{{name}}> is {{purpose}}.',
    },
    'image.alt-missing': {
      expected: 'een alt-tekst die zegt wat er op de afbeelding staat, voor lezers die hem niet kunnen zien',
      found: 'een afbeelding zonder alt-tekst ({{url}})',
      fix: 'Schrijf ![wat er op de afbeelding staat](adres), of gebruik voor een puur decoratieve afbeelding <Figure src="..." decorative />.',
    },
    'image.alt-missing:figure': {
      expected: 'alt="wat er op de afbeelding staat", of decorative bij een puur decoratieve afbeelding',
      found: '<Figure> zonder alt',
      fix: 'Voeg alt="..." toe met een beschrijving van de afbeelding, of decorative als de afbeelding niets aan de tekst toevoegt.',
    },
    'image.missing': {
      expected: 'een afbeelding die in public/ staat (het pad na public, zoals /images/foto.jpg)',
      found: '"{{path}}", dat niet in public/ staat',
      fix: 'Zet de afbeelding op public{{path}}, of verbeter het pad.',
    },
    'image.external': {
      expected: "een afbeelding van deze site (public/images/...): pagina's laden niets van andere sites",
      found: '"{{url}}"',
      fix: 'Download de afbeelding (als de licentie dat toestaat), zet hem in public/images/ en schrijf ![...](/images/naam.jpg).',
    },
    'link.unsafe-url:local-path': {
      expected: 'een pad op deze site van letters, cijfers, -, _ en . tussen schuine strepen, zoals /images/foto.jpg',
      found: '"{{value}}"',
      fix: 'Zet de afbeelding in public/images/ en schrijf het pad ervan, bijvoorbeeld src="/images/foto.jpg" (zonder \\, spaties, .. of andere sites).',
    },
    'link.malformed:www': {
      expected: 'een volledig webadres dat begint met https://',
      found: '"{{url}}"',
      fix: 'Schrijf https://{{url}}.',
    },
    'link.empty-text': {
      expected: 'een linktekst die zegt waar de link naartoe gaat',
      found: 'een link zonder tekst',
      fix: 'Schrijf als linktekst waar de link naartoe gaat, bijvoorbeeld [de fieldlabs van GROZ](https://groz.nl/fieldlabs).',
    },
    'link.vague-text': {
      expected: 'een linktekst die ook los gelezen zegt waar de link naartoe gaat',
      found: '"{{text}}"',
      fix: 'Vervang hem door woorden die de bestemming noemen, bijvoorbeeld "het position paper op de Kennisbank Sociale Innovatie".',
    },
    'heading.empty': {
      expected: 'een kop met tekst',
      found: 'een lege kop',
      fix: 'Schrijf de tekst van de kop achter de #-tekens, of verwijder de regel.',
    },
    'heading.level': {
      expected: 'tussenkoppen die beginnen bij ## (de titel van de pagina is de enige kop op niveau 1)',
      found: '# (niveau 1)',
      fix: 'Schrijf ## in plaats van #.',
    },
    'heading.skipped': {
      expected: 'een kop die hooguit één niveau dieper ligt dan de kop ervoor ({{next}})',
      found: '{{level}} na {{previous}}',
      fix: 'Schrijf hier {{next}}, of voeg erboven het niveau toe dat ontbreekt.',
    },

    // Web addresses, in links, images and the sources of an entry
    'link.malformed:spaces': {
      expected: 'een webadres dat begint met https:// en een domein, zoals https://groz.nl/fieldlabs, zonder spaties of onzichtbare tekens',
      found: '"{{url}}"',
      fix: 'Haal de spaties of onzichtbare tekens uit het adres (schrijf een spatie als %20).',
    },
    'link.unsafe-url:backslash': {
      expected:
        'een webadres dat begint met https:// en een domein, zoals https://groz.nl/fieldlabs, met alleen gewone schuine strepen (/)',
      found: '"{{url}}"',
      fix: 'Vervang elke \\ door /: browsers lezen een \\ als het begin van het adres van een andere site.',
    },
    'link.unsafe-url:no-scheme': {
      expected: 'een webadres dat begint met https:// en een domein, zoals https://groz.nl/fieldlabs',
      found: '"{{url}}"',
      fix: 'Zet https: ervoor: https:{{url}}.',
    },
    'link.unsafe-url:scheme': {
      expected: 'een webadres (https://...), mailto: of een pad op deze site (/nl/...)',
      found: '"{{url}}"',
      fix: 'Verwijder dit adres: adressen die met {{scheme}}: beginnen, zijn niet toegestaan.',
    },
    'link.malformed:unparsable': {
      expected: 'een volledig webadres, zoals https://groz.nl/fieldlabs',
      found: '"{{url}}"',
      fix: 'Verbeter het adres: kijk of de domeinextensie ontbreekt of er een schuine streep dubbel staat.',
    },
    'link.unsafe-url:credentials': {
      expected:
        'een webadres dat begint met https:// en een domein, zoals https://groz.nl/fieldlabs, zonder gebruikersnaam of wachtwoord voor een @',
      found: '"{{url}}"',
      fix: 'Haal alles tussen "//" en "@" weg: een adres als https://www.groz.nl@other.example/ leidt naar other.example. Gebruik https://{{host}}{{path}}.',
    },
    'link.malformed:domain': {
      expected: 'een volledig webadres met een domeinnaam, zoals https://groz.nl/fieldlabs',
      found: '"{{url}}"',
      fix: 'Verbeter het domein: kijk of de extensie (.nl, .com) ontbreekt of er een schuine streep dubbel staat.',
    },

    // The frontmatter: the fields between the two --- lines
    'frontmatter.toml': {
      expected: 'een frontmatter-blok helemaal bovenaan: een regel ---, de velden, en weer een regel ---',
      found: 'een regel +++ (frontmatter in TOML)',
      fix: 'Schrijf de velden in YAML tussen twee regels ---, zoals in de andere bestanden in deze map.',
    },
    'frontmatter.missing': {
      expected: 'een frontmatter-blok helemaal bovenaan: een regel ---, de velden, en weer een regel ---',
      found: 'geen frontmatter',
      fix: 'Begin het bestand met --- op de eerste regel, dan de velden (title, summary, ...) en dan weer ---.',
    },
    'frontmatter.opening': {
      expected: 'een frontmatter-blok helemaal bovenaan: een regel ---, de velden, en weer een regel ---',
      found: '"{{line}}"',
      fix: 'Zet alleen --- op de eerste regel, en het eerste veld op de regel daarna.',
    },
    'frontmatter.unclosed': {
      expected: 'een frontmatter-blok helemaal bovenaan: een regel ---, de velden, en weer een regel ---',
      found: 'een openende --- zonder afsluitende ---',
      fix: 'Voeg na het laatste veld een regel --- toe, vóór de tekst van de pagina.',
    },
    'frontmatter.ambiguous-end': {
      expected: 'geen regel in de frontmatter die met --- of +++ begint, en een afsluitende regel met alleen ---',
      found: '"{{line}}": de build laat de frontmatter aan het begin van deze regel eindigen en leest de rest als tekst van de pagina',
      fix: 'Zet alleen --- op de regel die de frontmatter afsluit; een waarde die met --- of +++ begint, moet tussen dubbele aanhalingstekens op de regel van het veld staan.',
    },
    'frontmatter.ambiguous-end:differs': {
      expected: 'een frontmatter-blok dat de validator en de build op dezelfde manier lezen',
      found: 'een blok dat de build anders leest dan de validator',
      fix: 'Schrijf de frontmatter als --- op de eerste regel, één "veld: waarde" per regel, en alleen --- op de laatste regel.',
    },

    // Reading a file: encoding, characters, size
    'file.unreadable': {
      expected: 'een bestand dat de build kan lezen',
      expected_folder: 'een map die de build kan lezen',
      found: '{{error}}',
      fix: 'Controleer de rechten van het bestand, of verwijder het.',
      fix_folder: 'Controleer de rechten van de map, of verwijder hem.',
    },
    'file.unreadable:unexpected': {
      expected: 'een bestand dat de validator helemaal kan lezen',
      found: 'een structuur die te diep genest is om te lezen',
      found_error: 'een onverwachte fout: {{error}}',
      fix: 'Maak het bestand eenvoudiger (minder lagen in elkaar, kortere waarden) en vergelijk het met een soortgelijk bestand dat wel door de controle komt. Lukt het dan nog niet, meld het dan: het kan een fout in de validator zijn.',
    },
    'file.too-large': {
      expected: 'een bestand van hooguit {{max}} kB',
      found: '{{size}} kB',
      fix: "Verdeel de tekst over meer pagina's, of maak hem korter.",
      fix_yaml: 'Splits het bestand, of haal eruit wat er niet in hoort.',
    },
    'file.encoding': {
      expected: 'een tekstbestand dat is opgeslagen als UTF-8',
      found: "een byte (0x{{byte}}) die geen UTF-8 is; zo'n byte komt van een editor die in Latin-1 of Windows-1252 opslaat",
      fix: 'Open het bestand in je editor en sla het op met de codering "UTF-8" (in VS Code: "Save with Encoding"). Kijk daarna de letters met accenten op deze regel na.',
    },
    'file.line-endings': {
      expected: 'regels die eindigen op een line feed (LF, zoals op Linux en macOS) of op CR LF (zoals op Windows)',
      found: 'een regeleinde van alleen een carriage return (CR, zoals op het oude Mac OS)',
      fix: 'Sla het bestand op met "LF" als regeleinde (in VS Code: klik op "CR" in de statusbalk en kies "LF").',
    },
    'text.forbidden-character': {
      expected: 'alleen zichtbare tekst: geen stuurtekens, tekens die de leesrichting omdraaien of tekens zonder breedte',
      found: '{{character}}',
      fix: 'Verwijder het onzichtbare teken op deze plek (typ het woord eromheen opnieuw als je editor het teken niet laat zien).',
    },
    'text.invisible': {
      expected: 'tekst die een lezer kan zien',
      found_one: '{{count}} onzichtbaar teken',
      found_other: '{{count}} onzichtbare tekens',
      fix: 'Schrijf de tekst, of verwijder het veld als het niet verplicht is.',
    },

    // YAML: the fields of the frontmatter and of the .yaml files
    'yaml.syntax': {
      expected: 'geldige YAML: regels als "veld: waarde", lijsten als "- item" of [a, b]',
      found: '{{error}}',
      fix: 'Kijk op deze regel of er een dubbele punt ontbreekt, of het inspringen klopt en of er een aanhalingsteken of haakje niet is gesloten. Zet tekst met ": " erin tussen dubbele aanhalingstekens.',
    },
    'yaml.syntax:load': {
      expected: 'geldige YAML: regels als "veld: waarde", lijsten als "- item" of [a, b]',
      found: '{{error}}',
      fix: 'Kijk op deze regel of een veld twee keer voorkomt, of er een dubbele punt ontbreekt, of het inspringen klopt en of er een aanhalingsteken niet is gesloten.',
    },
    'yaml.alias': {
      expected: 'elke waarde voluit geschreven op de plek waar hij gebruikt wordt',
      found: 'een alias "*{{name}}"',
      fix: 'Vervang de alias door de waarde zelf (kopieer hem) en verwijder het &anker waar hij naar verwijst.',
    },
    'yaml.alias:anchor': {
      expected: 'geen ankers (&naam): elke waarde voluit geschreven op de plek waar hij gebruikt wordt',
      found: 'een anker "&{{name}}"',
      fix: 'Verwijder "&{{name}}" en schrijf de waarde voluit op elke plek waar hij nodig is.',
    },
    'yaml.too-deep': {
      expected: 'lijsten en groepen hooguit {{max}} lagen diep in elkaar',
      found: 'meer lagen in elkaar',
      fix: 'Maak de structuur platter: welke velden dit soort bestand heeft, staat beschreven in src/kernel/schemas/.',
    },
    'yaml.too-deep:unreadable': {
      expected: 'YAML met lijsten en groepen hooguit {{max}} lagen diep in elkaar',
      found: 'te veel lagen in elkaar om te lezen',
      found_error: 'YAML die niet te lezen is ({{error}})',
      fix: 'Maak de structuur platter: welke velden dit soort bestand heeft, staat beschreven in src/kernel/schemas/.',
    },
    'yaml.tag': {
      expected: 'gewone waarden, zonder YAML-tag',
      found: 'een tag "{{tag}}"',
      fix: 'Verwijder de tag (het deel dat met ! begint); zet tekst tussen dubbele aanhalingstekens als het tekst moet blijven.',
    },
    'yaml.impossible-date': {
      expected: 'een datum die bestaat, geschreven als JJJJ-MM-DD',
      found: '"{{date}}", een dag die niet op de kalender staat',
      fix: 'Verbeter de dag of de maand (februari heeft 28 dagen, 29 in een schrikkeljaar; april, juni, september en november hebben er 30).',
    },
    'yaml.merge-key': {
      expected: 'velden die voluit geschreven zijn, zonder de merge-sleutel <<',
      found: 'een merge-sleutel "<<"',
      fix: 'Schrijf de velden zelf uit in plaats van ze met << in te voegen.',
    },

    // The fields of an entry, checked against its schema (src/kernel/schemas/)
    'schema.required': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Voeg het veld "{{field}}" toe aan de frontmatter tussen de regels ---, met {{expected}}.',
      fix_file: 'Voeg het veld "{{field}}" toe aan het bestand, met {{expected}}.',
    },
    'schema.type': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Schrijf "{{field}}" als {{expected}}.',
    },
    'schema.type:date': {
      expected: '{{expected}}',
      found: '{{value}}, wat YAML als een datum leest',
      fix: 'Zet de waarde tussen dubbele aanhalingstekens, zoals {{key}}: "{{value}}", zodat het tekst blijft.',
    },
    'schema.value': {
      expected: 'een van: {{values}}',
      found: '{{found}}',
      fix: 'Gebruik voor "{{field}}" een van de genoemde waarden.',
      fix_suggestion: 'Bedoel je "{{suggestion}}"? Gebruik een van de genoemde waarden.',
    },
    'schema.too-big': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Zorg dat "{{field}}" niet groter is dan {{max}}.',
      fix_text: 'Maak "{{field}}" korter: hooguit {{max}} tekens ({{over}} te veel).',
      fix_list: 'Geef "{{field}}" hooguit {{max}} items.',
    },
    'schema.empty': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Vul "{{field}}" in: het mag niet leeg zijn.',
    },
    'schema.too-small': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Zorg dat "{{field}}" minstens {{min}} is.',
    },
    'schema.format': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Schrijf "{{field}}" opnieuw, als {{expected}}.',
    },
    'schema.unknown-field': {
      expected: 'alleen bekende velden: {{fields}}',
      found: 'een veld "{{key}}"',
      fix: 'Verwijder "{{key}}" of geef het de naam van een van de bekende velden.',
      fix_suggestion: 'Bedoel je "{{suggestion}}"? Geef het veld die naam.',
    },
    'schema.unknown-field:strict': {
      expected: 'alleen de velden die dit soort item heeft',
      found: '{{keys}}',
      fix: 'Verwijder het veld of verbeter de spelling.',
    },
    'schema.invalid': {
      expected: '{{expected}}',
      found: '{{found}}',
      fix: 'Verbeter "{{field}}": hier hoort {{expected}}.',
      fix_own: '{{fix}}',
    },

    // References between entries, and addresses
    'reference.unknown': {
      expected: 'een id die bestaat in {{where}}: {{ids}}',
      found: '"{{value}}"',
      fix: 'Gebruik een id die bestaat, of voeg "{{value}}" toe aan {{where}}, met een Nederlands en een Engels label.',
      fix_suggestion:
        'Bedoel je "{{suggestion}}"? Gebruik een id die bestaat, of voeg "{{value}}" toe aan {{where}}, met een Nederlands en een Engels label.',
    },
    'reference.unknown:entry': {
      expected: 'een id die bestaat in {{where}}: {{ids}}',
      found: '"{{value}}"',
      fix: 'Gebruik een id die bestaat, of maak het item {{where}}nl/{{value}}.mdx aan.',
      fix_suggestion: 'Bedoel je "{{suggestion}}"? Gebruik een id die bestaat, of maak het item {{where}}nl/{{value}}.mdx aan.',
    },
    'reference.section': {
      expected: 'een sectie-id uit {{file}}: {{ids}}',
      found: '"{{section}}"',
      fix: 'Gebruik de id die de kop van de sectie in het adres van het hoofdstuk heeft (na het #), of verwijder section om naar het hele hoofdstuk te linken.',
      fix_suggestion:
        'Bedoel je "{{suggestion}}"? Gebruik de id die de kop van de sectie in het adres van het hoofdstuk heeft (na het #), of verwijder section om naar het hele hoofdstuk te linken.',
    },
    'source.bare-url': {
      expected: 'het adres van de pagina waar het feit staat (met een pad, zoals https://groz.nl/fieldlabs)',
      found: '"{{url}}", de homepage van een site',
      fix: "Open de pagina waar de bron het zegt (een nieuwsbericht, een projectpagina) en kopieer het adres van die pagina. Is zo'n pagina niet te vinden, haal de bewering dan weg in plaats van een homepage als bron te noemen.",
    },
    'url.reserved': {
      expected: 'een adres dat de site niet zelf gebruikt',
      found: '{{url}}, het adres van {{use}}',
      fix: 'Geef het bestand (in beide taalmappen) een andere naam, zodat het adres verschilt.',
      fix_chapter:
        'Geef het bestand (in beide taalmappen) een andere naam, zodat het adres verschilt; het adres van een hoofdstuk is de bestandsnaam zonder het nummer.',
      fix_page: 'Kies een andere slug voor deze pagina.',
      fix_slug: 'Kies een andere slug ({{noun}}, in het Engelse bestand).',
    },
    'url.duplicate': {
      expected: 'een adres dat {{noOther}} heeft',
      found: '{{url}}, ook het adres van {{file}}',
      fix: 'Geef het bestand (in beide taalmappen) een andere naam, zodat het adres verschilt.',
      fix_chapter:
        'Geef het bestand (in beide taalmappen) een andere naam, zodat het adres verschilt; het adres van een hoofdstuk is de bestandsnaam zonder het nummer.',
      fix_page: 'Kies een andere slug voor deze pagina.',
      fix_slug: 'Kies een andere slug ({{noun}}, in het Engelse bestand).',
    },
    'url.reserved:former': {
      expected: 'een bestandsnaam waarvan het adres in elke taal vrij is: het oude Engelse adres blijft doorverwijzen naar het item',
      found: '{{url}}, het adres van {{use}}',
      fix: 'Geef het bestand (in beide taalmappen) een andere naam, zodat het adres verschilt.',
    },
    'url.duplicate:former': {
      expected: 'een adres dat {{noOther}} heeft of had',
      found: '{{url}}, het oude adres van {{file}}, dat doorverwijst naar {{movedTo}} zodat links ernaar blijven werken',
      fix: 'Kies een andere slug ({{noun}}, in het Engelse bestand).',
      fix_slug: 'Kies een andere slug ({{noun}}, in het Engelse bestand).',
    },
    'url.duplicate:file': {
      expected: 'een bestandsnaam waarvan het adres in elke taal vrij is: het oude Engelse adres blijft doorverwijzen naar het item',
      found: '{{url}}, ook het adres van {{file}}',
      fix: 'Geef het bestand (in beide taalmappen) een andere naam, zodat het adres verschilt.',
    },
    'url.slug-in-original': {
      expected: 'geen slug: een Nederlands item staat onder zijn bestandsnaam',
      found: 'slug: {{slug}}',
      fix: 'Haal de regel "slug: ..." weg. Wil je het Nederlandse adres veranderen, geef het bestand dan in beide taalmappen een andere naam (het Engelse bestand houdt zijn eigen slug).',
    },
    'url.slug-missing': {
      expected: 'het adres van deze Engelse tekst in een regel "slug: ...", gemaakt van de Engelse titel',
      found: 'niets (het veld ontbreekt)',
      fix: 'Zet de regel "slug: {{suggestion}}" onder {{field}}. Laat hem staan als {{field}} later verandert: zo blijft het adres hetzelfde.',
    },
    'unique.duplicate:field': {
      expected: 'een {{field}} die {{noOther}} in deze taal heeft',
      found: '{{value}}, ook gebruikt in {{file}}',
      fix: 'Geef een van de twee bestanden een andere {{field}}.',
    },

    // Translations: every Dutch entry has its English counterpart
    'translation.headings': {
      expected: 'dezelfde tussenkoppen als {{file}} ({{theirs}}): {{theirOutline}}',
      found: '{{ours}}: {{ourOutline}}',
      fix: 'Geef de vertaling bij elke Nederlandse kop één kop, op hetzelfde niveau (## of ###) en in dezelfde volgorde.',
    },
    'translation.marked-but-present': {
      expected: 'untranslated: true alleen bij een item zonder vertaling',
      found: 'untranslated: true, terwijl {{counterpart}} bestaat',
      fix: 'Verwijder de regel "untranslated: true".',
    },
    'translation.missing': {
      expected: 'een Engelse versie in {{counterpart}}, of "untranslated: true" in de frontmatter van dit bestand',
      found: 'geen bestand {{counterpart}}',
      fix: 'Maak {{counterpart}} aan met dezelfde bestandsnaam (npm run new maakt beide bestanden voor je aan), of zet "untranslated: true" in dit bestand om het voorlopig in één taal te publiceren.',
    },
    'translation.orphaned': {
      expected:
        'het Nederlandse origineel in {{counterpart}} (het Nederlands komt eerst), of "untranslated: true" in de frontmatter van dit bestand',
      found: 'geen bestand {{counterpart}}',
      fix: 'Maak {{counterpart}} aan met dezelfde bestandsnaam (npm run new maakt beide bestanden voor je aan), of zet "untranslated: true" in dit bestand om het voorlopig in één taal te publiceren.',
    },
    'translation.footnotes': {
      expected: 'evenveel voetnoten als {{file}} ({{theirs}})',
      found_one: '{{count}} voetnoot',
      found_other: '{{count}} voetnoten',
      fix: 'Voeg de voetnoten toe die deze vertaling mist, met dezelfde bronnen als de Nederlandse tekst.',
      fix_more: 'Verwijder de voetnoten die de Nederlandse tekst niet heeft, of voeg ze ook aan de Nederlandse tekst toe.',
    },

    // The self-scan (content/action-scan/)
    'unique.duplicate:dimension-order': {
      expected: 'een order die geen ander onderdeel van de zelfscan heeft',
      found: '{{order}}, ook gebruikt in {{file}}',
      fix: 'Geef een van de twee onderdelen een andere order; de scan toont de onderdelen van de laagste order naar de hoogste.',
    },
    'action-scan.duplicate-statement': {
      expected: 'een id die maar één keer voorkomt in de hele scan',
      found: '"{{id}}", ook gebruikt op {{where}}',
      fix: 'Geef deze stelling een andere id. Opgeslagen antwoorden en deellinks vinden een stelling aan haar id, dus verander de id van een gepubliceerde stelling niet zonder reden.',
    },

    // Files and folders: where each file belongs
    'file.location:folder': {
      expected: 'in {{parent}}/ alleen {{belongs}}',
      found: 'een map {{name}}/ die door niets gelezen wordt',
      fix: 'Verplaats de bestanden erin naar de plek waar ze horen, of verwijder de map.',
    },
    'file.location:top-folder': {
      expected: 'alleen deze mappen in {{root}}/: {{folders}}',
      found: 'een map {{name}}/ die door niets gelezen wordt',
      fix: 'Verplaats de bestanden erin naar de plek waar ze horen, of verwijder de map.',
    },
    'file.location:language': {
      expected: 'het bestand in een taalmap: {{base}}/nl/<naam>.mdx of {{base}}/en/<naam>.mdx (één {{noun}} per bestand)',
      found: 'een bestand op {{file}}',
      fix: 'Verplaats het bestand naar {{base}}/nl/ (Nederlands) of {{base}}/en/ (Engels).',
    },
    'file.location:unread-file': {
      expected: 'in {{folder}}/ alleen {{belongs}}',
      found: 'een bestand "{{name}}" dat door niets gelezen wordt',
      fix: 'Verplaats het bestand naar de plek waar het hoort, of verwijder het.',
    },
    'file.location:root-file': {
      expected: 'geen losse bestanden in {{root}}/, alleen de mappen van de collecties',
      found: 'een bestand "{{name}}" dat door niets gelezen wordt',
      fix: 'Verplaats het bestand naar de plek waar het hoort, of verwijder het.',
    },
    'file.location:data-folder': {
      expected: 'in {{base}}/ alleen {{belongs}}',
      found: 'een map {{name}}/',
      fix: 'Verplaats de bestanden in {{file}}/ naar de plek waar ze horen, of verwijder de map.',
    },
    'file.location:data-file': {
      expected: 'in {{base}}/ alleen {{belongs}}',
      found: 'een bestand "{{name}}"',
      fix: 'Verplaats het bestand naar de plek waar het hoort ({{belongs}}), of verwijder het.',
    },
    'file.extension:mdx': {
      expected: 'een bestand waarvan de naam eindigt op .mdx',
      found: '"{{name}}"',
      fix: 'Geef het bestand een naam die eindigt op .mdx (bijvoorbeeld {{suggestion}}); andere bestanden worden niet gepubliceerd.',
    },
    'file.extension:yaml': {
      expected: 'een bestand waarvan de naam eindigt op .yaml',
      found: '"{{name}}"',
      fix: 'Geef het bestand een naam die eindigt op .yaml (bijvoorbeeld {{suggestion}}); andere bestanden worden niet gelezen.',
    },
    'file.extension:yml': {
      expected: 'YAML-bestanden waarvan de naam eindigt op .yaml',
      found: '"{{name}}"',
      fix: 'Noem het bestand {{suggestion}}; bestanden die eindigen op .yml worden niet gelezen.',
    },
    'file.name:mdx': {
      expected: 'een bestandsnaam van kleine letters, cijfers en losse koppeltekens, zoals "vitaal-in-brainport.mdx"',
      found: '"{{name}}"',
      fix: 'Geef het bestand een andere naam, bijvoorbeeld "{{suggestion}}", in beide taalmappen.',
    },
    'file.name:yaml': {
      expected: 'een bestandsnaam van kleine letters, cijfers en losse koppeltekens, zoals "samenwerking.yaml"',
      found: '"{{name}}"',
      fix: 'Geef het bestand een andere naam, bijvoorbeeld "{{suggestion}}".',
    },
    'file.missing:taxonomy': {
      expected: 'het taxonomiebestand {{file}}',
      found: 'het bestand bestaat niet',
      fix: 'Zet {{file}} terug: de site heeft het nodig om {{collection}} te benoemen en te controleren.',
    },
    'file.missing:data': {
      expected: 'minstens één {{noun}} in {{wanted}}',
      found: 'het bestand bestaat niet',
      fix: 'Voeg per {{noun}} één bestand {{base}}/<id>.yaml toe; welke velden erin moeten, staat beschreven in src/kernel/schemas/.',
    },
    'file.missing:data-file': {
      expected: 'het bestand {{wanted}} ({{noun}})',
      found: 'het bestand bestaat niet',
      fix: 'Zet {{wanted}} terug: zonder dit bestand kan de site niet gebouwd worden.',
    },
    'file.symlink': {
      expected: 'gewone bestanden en mappen',
      found: 'een symbolische link',
      fix: 'Vervang de link door een kopie van het bestand waar hij naar wijst, of verwijder hem. Links worden nooit gevolgd: ze kunnen naar iets buiten de repository wijzen.',
    },
    'file.symlink:top': {
      expected: '{{top}}/ als gewone map',
      found: 'een symbolische link',
      fix: 'Vervang de link door de map zelf. Links worden nooit gevolgd: ze kunnen naar iets buiten de repository wijzen.',
    },
    'file.hidden': {
      expected: 'geen verborgen bestanden of mappen (namen die met een punt beginnen): niets leest ze',
      found: 'een verborgen bestand "{{name}}"',
      found_folder: 'een verborgen map "{{name}}"',
      fix: 'Verwijder het, of haal de punt aan het begin van de naam weg en zet het op de plek waar het hoort.',
    },
    'file.type': {
      expected: 'gewone bestanden en mappen',
      found: 'een speciaal bestand (een pipe, socket of apparaat)',
      fix: 'Verwijder het.',
    },
    'taxonomy.shape': {
      expected: 'een lijst met items die elk beginnen met "- id: ..."',
      found: 'iets anders dan een lijst',
      found_empty: 'een leeg bestand',
      fix: 'Schrijf per item één regel "- id: ...", elk met een label voor nl en en.',
    },
    'taxonomy.duplicate-id': {
      expected: 'elke id maar één keer in dit bestand',
      found: '"{{id}}" voor de tweede keer',
      fix: 'Verwijder het dubbele item of geef het een andere id.',
    },
    'data.shape': {
      expected: 'velden in de vorm "naam: waarde", één per regel, zoals "order: 1"',
      found: 'één losse waarde',
      found_empty: 'een leeg bestand',
      found_list: 'een lijst',
      fix: 'Schrijf de velden van dit bestand ({{noun}}, zie src/kernel/schemas/) aan het begin van de regel, zonder "- " ervoor.',
    },

    // public/: the images and documents the pages show
    'public.reserved': {
      expected: 'geen bestanden op paden die de build zelf schrijft ({{paths}})',
      found: 'public{{path}}',
      fix: 'Verplaats het bestand naar public/images/ (of een andere eigen map), of verwijder het.',
    },
    'public.file-type': {
      expected: "alleen afbeeldingen en documenten die de pagina's tonen: {{types}}",
      found: '"{{name}}"',
      fix: 'Verwijder het bestand, of zet het om naar een van de genoemde soorten.',
      fix_code:
        "Verwijder het bestand: pagina's en scripts maakt de build uit content/ en src/, ze worden nooit uit public/ gekopieerd (dan zouden ze werken zonder het beveiligingsbeleid van de site).",
    },
    'public.file-type:content': {
      expected: 'een echt .{{extension}}-bestand',
      found: 'een bestand waarvan de inhoud geen {{format}} is',
      fix: 'Sla het bestand op in het formaat dat de naam belooft (.{{extension}}), of geef het de extensie van het echte formaat.',
    },
    'public.too-large': {
      expected: 'een bestand van hooguit {{max}} MB',
      found: '{{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB',
      fix: 'Maak de afbeelding kleiner (hooguit 2000 pixels breed is ruim genoeg) of comprimeer hem.',
    },
    'public.unsafe-svg': {
      expected: 'een SVG-afbeelding met alleen vormen en tekst: geen scripts, event-attributen, stijlen, links of ingesloten inhoud',
      found: '{{what}}',
      fix: 'Exporteer de afbeelding opnieuw als eenvoudige SVG (of optimaliseer hem met SVGO en haal het genoemde deel eruit), of gebruik een PNG.',
    },

    // The links of the built site (npm run build, npm run check-links)
    'link.broken': {
      expected: 'een link naar een pagina die op deze site bestaat',
      found: 'een link naar {{path}}, een pagina die de build niet heeft gemaakt',
      fix: 'Verbeter het adres in de inhoud (kopieer het van de pagina in je browser), of verwijder de link.',
    },
    'link.broken-anchor': {
      expected: 'een sectie #{{anchor}} op {{page}}',
      found: 'geen element met die id op die pagina',
      fix: 'Link naar een kop die bestaat: open de pagina, gebruik het linkpictogram naast de kop en kopieer het adres.',
    },
    'link.moved': {
      expected: 'een link naar de pagina zelf',
      found: 'een link naar {{path}}, een oud adres dat doorverwijst naar {{movedTo}}',
      fix: 'Link rechtstreeks naar {{target}}.',
    },
  },

  phrases: {
    // What a field expects, as the schemas say it (src/kernel/schemas/)
    'expect.id': 'een id van kleine letters, cijfers en losse koppeltekens, zoals "life-sciences-health"',
    'expect.summary': 'een samenvatting van een of twee zinnen',
    'expect.entry-slug': 'een adres van kleine letters, cijfers en losse koppeltekens, zoals "setting-up-a-learning-community"',
    'expect.entry-slug-max': 'een adres van hooguit {{max}} tekens',
    'expect.synonym-word': 'een woord of woorden die de site gebruikt',
    'expect.synonym-short': 'een woord of een korte woordgroep',
    'expect.synonym-list': 'een lijst van woorden van de site, zoals [privacy]',
    'expect.synonym-list-min': 'minstens één woord van de site, zoals [privacy]',
    'expect.synonym-list-max': 'hooguit {{max}} woorden: met elk ervan wordt gezocht naast het woord van de lezer',
    'expect.synonym-key': 'het woord van de lezer als één woord in kleine letters, zonder spaties of leestekens: "{{suggestion}}"',
    'expect.summary-max': 'een samenvatting van hooguit {{max}} tekens',
    'expect.title': 'een titel die niet leeg is',
    'expect.title-max': 'een titel van hooguit {{max}} tekens',
    'expect.source-title-max': 'een brontitel van hooguit {{max}} tekens',
    'expect.text-nl': 'de Nederlandse tekst',
    'expect.text-en': 'de Engelse tekst',
    'expect.text-nl-max': 'een Nederlandse tekst van hooguit {{max}} tekens',
    'expect.text-en-max': 'een Engelse tekst van hooguit {{max}} tekens',
    'expect.http-url':
      'een volledig webadres dat begint met https://, zoals "https://groz.nl/fieldlabs", zonder gebruikersnaam, wachtwoord of spaties',
    'expect.sources': 'minstens één bron met een title en een url',
    'expect.date': 'een datum geschreven als JJJJ-MM-DD, zoals 2026-11-22',
    'expect.date-real': 'een datum die bestaat, geschreven als JJJJ-MM-DD, zoals 2026-11-22',
    'expect.date-past': 'een datum die niet in de toekomst ligt',
    'expect.chapter-order': 'een geheel getal voor de volgorde van de hoofdstukken, zoals 1',
    'expect.year': 'een jaartal van vier cijfers, zoals 2020',
    'expect.year-min': 'een jaartal vanaf {{min}}',
    'expect.year-past': 'een jaartal dat niet in de toekomst ligt',
    'expect.audiences': 'minstens één id van een doelgroep, zoals [professionals]',
    'expect.based-on': 'minstens één slug van een gemeenschap waarop deze gids steunt',
    'expect.scale-value': 'een geheel getal van 1 tot en met {{max}}, zoals 3',
    'expect.scale-min': 'minstens twee antwoordopties',
    'expect.scale-max': 'hooguit {{max}} antwoordopties',
    'expect.scale-order': 'waarden die vanaf 1 steeds met één oplopen, de laagste eerst (1, 2, 3, ...)',
    'expect.middle-from': 'een geheel getal van 1 tot en met 99, zoals 40',
    'expect.high-from': 'een geheel getal van 2 tot en met 100, zoals 70',
    'expect.bands': 'een getal boven middleFrom: de hoge band begint na de middelste',
    'expect.section-id': 'een sectie-id zoals die in het adres van het hoofdstuk na het # staat, bijvoorbeeld "vijf-bouwstenen"',
    'expect.link-target': 'in elke link precies één van chapter, guide of glossary, zoals "- chapter: 02-opzetten"',
    'expect.section-needs-chapter': 'een section alleen in een link die een chapter noemt',
    'expect.read': 'minstens één link om verder te lezen, zoals "- chapter: 02-opzetten"',
    'expect.dimension-order': 'een geheel getal voor de plaats van het onderdeel in de scan, zoals 1',
    'expect.statements-min': 'minstens één stelling',
    'expect.statements-max': 'hooguit {{max}} stellingen',
    'fix.scale-order': 'Geef deze optie de waarde {{value}}, of zet de opties op volgorde van laag naar hoog.',
    'fix.bands': 'Maak highFrom groter dan middleFrom, bijvoorbeeld middleFrom: 40 en highFrom: 70.',
    'fix.link-target-none':
      'Geef aan waar de link naartoe gaat: "chapter: <bestandsnaam>", "guide: <bestandsnaam>" of "glossary: <bestandsnaam>".',
    'fix.link-target-split':
      'Splits deze link in {{count}} links, elk op een eigen regel die met "- " begint en elk met één van {{targets}}.',
    'fix.section-needs-chapter': 'Voeg "chapter: <bestandsnaam>" toe aan deze link, of verwijder section.',

    // What the schema check says when a schema has no words of its own
    'type.string': 'een tekst',
    'type.number': 'een getal',
    'type.int': 'een geheel getal',
    'type.array': 'een lijst (bijvoorbeeld [a, b], of één "- item" per regel)',
    'type.object': 'een groep velden',
    'type.date': 'een datum geschreven als JJJJ-MM-DD',
    'type.boolean': 'true of false',
    'limit.at-most': 'hooguit {{max}}',
    'limit.at-most-characters': 'hooguit {{max}} tekens',
    'limit.at-most-items': 'hooguit {{max}} items',
    'limit.at-least': 'minstens {{min}}',
    'limit.format': 'een waarde in de vorm {{format}}',
    'count.characters_one': '{{count}} teken',
    'count.characters_other': '{{count}} tekens',
    'count.items_one': '{{count}} item',
    'count.items_other': '{{count}} items',
    'value.missing': 'niets (het veld ontbreekt)',
    'value.empty': 'een lege waarde',
    'value.invalid-date': 'een ongeldige datum',
    'yaml.unreadable': 'YAML die de build niet kan lezen',
    'reference.none': '(nog geen enkele)',
    'headings.none': 'geen koppen',

    // What a component is for (src/kernel/schemas/mdx-components.ts)
    'component.aside': 'een opmerking in een kader: <Aside type="tip" title="...">...</Aside>',
    'component.steps': 'genummerde stappen rond een genummerde lijst: <Steps> 1. ... </Steps>',
    'component.term': 'een link naar een begrip uit de begrippenlijst: <Term id="fieldlab">fieldlabs</Term>',
    'component.figure': 'een afbeelding met alt-tekst en eventueel een bijschrift: <Figure src="/images/x.jpg" alt="..." caption="..." />',

    // One entry of each collection, and "no other" one: Dutch chooses ander or andere by the noun
    'noun.positionPaper': 'hoofdstuk van het position paper',
    'noun.communities': 'profiel van een gemeenschap',
    'noun.guides': 'overdrachtsgids',
    'noun.glossary': 'begrip',
    'noun.pages': 'pagina',
    'noun.actionScan': 'instellingen van de zelfscan',
    'noun.actionScanDimensions': 'onderdeel van de zelfscan',
    'noun.searchSynonyms': 'synoniemenbestand van de zoekfunctie',
    'no-other.positionPaper': 'geen ander hoofdstuk van het position paper',
    'no-other.communities': 'geen ander profiel',
    'no-other.guides': 'geen andere overdrachtsgids',
    'no-other.glossary': 'geen ander begrip',
    'no-other.pages': 'geen andere pagina',
    'check-files.spelling': 'de woordenlijst en de voorkeursspellingen van de spellingcontrole',

    // What belongs in a folder
    'belongs.language-folders': 'de mappen nl/ en en/, met één .mdx-bestand per {{noun}}',
    'belongs.mdx-per': 'één .mdx-bestand per {{noun}}',
    'belongs.yaml-per': 'één .yaml-bestand per {{noun}}',
    'belongs.id-yaml-per': 'één bestand <id>.yaml per {{noun}}',
    'belongs.files': 'de bestanden {{files}}',
    'belongs.check-files': '{{files}} ({{purpose}})',
    'belongs.folder': 'de map {{name}}/',

    // Addresses the site uses itself
    'use.home': 'de homepage',
    'use.search': 'de zoekpagina',
    'use.section': 'de sectie "{{name}}"',
    'use.print': 'de printpagina van het position paper',
    'use.provinces': 'de lijsten per provincie',
    'use.topSectors': 'de lijsten per topsector',
    'use.group': 'de lijst met gemeenschappen voor "{{id}}"',

    // Invisible characters, by name
    'character.nul': 'een NUL-teken ({{code}})',
    'character.vertical-tab': 'een verticale tab ({{code}})',
    'character.form-feed': 'een form feed ({{code}})',
    'character.del': 'een DEL-teken ({{code}})',
    'character.zero-width-space': 'een spatie zonder breedte ({{code}})',
    'character.ltr-mark': 'een links-naar-rechtsmarkering ({{code}})',
    'character.rtl-mark': 'een rechts-naar-linksmarkering ({{code}})',
    'character.line-separator': 'een regelscheidingsteken ({{code}})',
    'character.paragraph-separator': 'een alineascheidingsteken ({{code}})',
    'character.ltr-embedding': 'een links-naar-rechtsinbedding ({{code}})',
    'character.rtl-embedding': 'een rechts-naar-linksinbedding ({{code}})',
    'character.pop-formatting': 'een teken dat een richtingsopmaak afsluit ({{code}})',
    'character.ltr-override': 'een links-naar-rechtsoverschrijving ({{code}})',
    'character.rtl-override': 'een rechts-naar-linksoverschrijving ({{code}})',
    'character.ltr-isolate': 'een links-naar-rechtsisolatie ({{code}})',
    'character.rtl-isolate': 'een rechts-naar-linksisolatie ({{code}})',
    'character.first-strong-isolate': 'een first-strong-isolatie ({{code}})',
    'character.pop-isolate': 'een teken dat een isolatie afsluit ({{code}})',
    'character.byte-order-mark': 'een byte order mark (spatie zonder breedte) midden in de tekst ({{code}})',
    'character.lone-carriage-return': 'een carriage return zonder line feed ({{code}})',
    'character.control': 'een stuurteken ({{code}})',
    'character.formatting': 'een onzichtbaar opmaakteken ({{code}})',

    // What in an SVG can run code or load something
    'svg.script': 'een <script>-element',
    'svg.foreign-object': 'een <foreignObject>-element (HTML in de SVG)',
    'svg.embed': 'een element dat iets insluit, linkt of attributen verandert (<iframe>, <image>, <a>, <animate>, <set>...)',
    'svg.entity': 'een ENTITY-declaratie of een DOCTYPE met eigen definities (die opmaak kunnen verbergen)',
    'svg.stylesheet': 'een xml-stylesheet-instructie',
    'svg.event': 'een event-attribuut dat met on begint',
    'svg.href': 'een href naar iets anders dan een deel van dezelfde afbeelding (#id)',
    'svg.src': 'een src- of xml:base-attribuut',
    'svg.url': 'een url(...) naar iets anders dan een deel van dezelfde afbeelding (#id)',
    'svg.reference': 'een verwijzing met javascript:, data: of @import',
    'svg.not-svg': 'een bestand dat geen SVG-afbeelding in UTF-8 is',

    // How a problem is printed
    'label.expected': 'Verwacht',
    'label.found': 'Gevonden',
    'label.fix': 'Oplossing',
    'label.field': 'veld "{{field}}"',
    'label.warning': 'waarschuwing',

    // npm run validate (and the first step of npm run build)
    'validate.content-dir':
      'KENNISBANK_CONTENT_DIR moet een map met de naam "content" aanwijzen (nu is het "{{value}}"), zodat de validatie en de build dezelfde bestanden lezen.',
    'validate.crashed': 'De validator is gestopt door een fout die hij niet verwachtte, dus er is niets gebouwd:',
    'validate.report-crash': 'Meld dit alsjeblieft, samen met het bestand dat je het laatst hebt veranderd.',
    'validate.warnings_one': '{{count}} waarschuwing (de build gaat door, maar los die alsjeblieft op):',
    'validate.warnings_other': '{{count}} waarschuwingen (de build gaat door, maar los ze alsjeblieft op):',
    'validate.valid':
      'De inhoud is in orde: {{files}} bestanden gecontroleerd in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s.',
    'validate.valid-with-warnings_one':
      'De inhoud is in orde: {{files}} bestanden gecontroleerd in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s, met {{count}} waarschuwing.',
    'validate.valid-with-warnings_other':
      'De inhoud is in orde: {{files}} bestanden gecontroleerd in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s, met {{count}} waarschuwingen.',
    'validate.problems_one':
      '{{count}} probleem gevonden in de inhoud ({{files}} bestanden gecontroleerd in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s):',
    'validate.problems_other':
      '{{count}} problemen gevonden in de inhoud ({{files}} bestanden gecontroleerd in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s):',
    'validate.nothing-built': 'Er is niets gebouwd. Los de problemen hierboven op en voer `npm run validate` opnieuw uit.',
    'language.invalid': '--lang moet nl of en zijn (nu is het "{{value}}").',

    // The build's content guard, and the build around it
    'guard.stopped': 'Onveilige inhoud heeft de build gestopt (voer npm run validate uit om te zien hoe je het oplost):',
    'guard.line': '{{where}} [{{rule}}] {{found}} (verwacht: {{expected}})',
    'build.failed': 'De build is mislukt (exitcode {{status}}); er is geen dist/ geschreven.',
    'build.no-index': 'De build heeft geen index.html geschreven; er is geen dist/ geschreven.',
    'build.fix-links': 'Verbeter de links hierboven; er is geen dist/ geschreven.',
    'build.pages': "{{rendered}} pagina's gerenderd, {{copied}} ongewijzigd overgenomen uit de vorige build.",
    'build.done': 'De site staat in {{dist}}.',
    'links.valid': "De links zijn in orde: {{links}} interne links op {{pages}} pagina's gecontroleerd.",
    'links.broken_one': "{{count}} kapotte interne link gevonden ({{links}} links op {{pages}} pagina's):",
    'links.broken_other': "{{count}} kapotte interne links gevonden ({{links}} links op {{pages}} pagina's):",

    // npm run spelling
    'spelling.correct':
      'De spelling is in orde: {{files}} bestanden, {{words}} woorden gecontroleerd in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s.',
    'spelling.unknown_one':
      '{{count}} onbekend woord ({{files}} bestanden, {{words}} woorden gecontroleerd in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s). Zet nooit een spelfout in {{list}}: verbeter liever de tekst.',
    'spelling.unknown_other':
      '{{count}} onbekende woorden ({{files}} bestanden, {{words}} woorden gecontroleerd in {{seconds, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}} s). Zet nooit een spelfout in {{list}}: verbeter liever de tekst.',
    'spelling.preferred': '{{where}}  "{{word}}": deze site schrijft "{{preferred}}" ({{file}}). Oplossing: schrijf "{{preferred}}".',
    'spelling.not-in-dictionary':
      '{{where}}  "{{word}}" staat niet in het {{dictionary}} woordenboek. Oplossing: verbeter de spelling. Is het een naam, of een term die gespeld is zoals de bron hem spelt? Zet hem dan in {{list}} onder [{{language}}] (één taal) of [all] (beide talen), in de juiste groep.',
    'dictionary.nl': 'Nederlandse',
    'dictionary.en': 'Brits-Engelse',

    // npm run new
    'new.usage':
      'Gebruik: npm run new -- --kind <{{kinds}}> --title "Nederlandse titel" [--title-en "Engelse titel"] [--slug bestandsnaam] [--slug-en engels-adres] [--lang nl|en]',
    'new.no-terminal': 'Er ontbreekt informatie en er is geen terminal om ernaar te vragen: {{question}}',
    'new.ask-kind': 'Wat wil je toevoegen? ({{kinds}})',
    'new.unknown-kind': '"{{kind}}" is geen soort item. Kies een van: {{kinds}}.',
    'new.ask-title': 'Titel in het Nederlands:',
    'new.title-needed': 'Er is een titel nodig.',
    'new.ask-title-en': 'Titel in het Engels (Enter om later te vertalen):',
    'new.bad-slug': '"{{slug}}" kan geen bestandsnaam zijn: gebruik kleine letters, cijfers en koppeltekens.',
    'new.bad-slug-en': '"{{slug}}" kan geen Engels adres zijn: gebruik hoogstens {{max}} kleine letters, cijfers en streepjes.',
    'new.slug-later':
      'Het Engelse bestand krijgt een eigen adres zodra de titel vertaald is: `npm run validate` vraagt dan om de regel "slug: ...".',
    'new.exists': '{{file}} bestaat al. Kies een andere --slug, of bewerk dat bestand.',
    'new.written': 'Aangemaakt:',
    'new.next': 'Volgende stap: {{next}}',
    'new.then-validate': 'Voer daarna `npm run validate` uit: dat laat zien wat er nog ontbreekt, met de regel die je moet invullen.',
    'new.next.community':
      "vul de samenvatting in, de bronnen (minstens één openbaar adres) en wat bekend is: topsectoren, provincies, thema's, partners.",
    'new.next.guide':
      'vul de samenvatting in, de doelgroepen, de gemeenschappen waarop de gids steunt (basedOn), de bronnen en de stappen.',
    'new.next.term': 'vul de definitie van één zin in, de bronnen, en een langere uitleg onder de frontmatter.',
    'new.next.chapter': 'vul de samenvatting in en schrijf het hoofdstuk, met de bronnen als voetnoten.',
  },
} as const;
