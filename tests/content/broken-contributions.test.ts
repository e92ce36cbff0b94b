import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validation/validate.ts';
import { appendLines, copyContent, lineOf, setField } from './helpers.ts';

/**
 * Broken contributions, one kind of mistake each, made on a copy of the
 * small fixture site taken from the real content (tests/content/helpers.ts).
 * For each, validation must report exactly the expected problems: the rule, the file and
 * the line (found by a pattern in the broken file), and nothing else, so no mistake passes
 * silently and no unsafe MDX can reach the build.
 */
type Copy = ReturnType<typeof copyContent>;
interface Expected {
  rule: string;
  file: string;
  /** A pattern matching the reported line in the broken file; omitted where the problem is about the whole file. */
  line?: RegExp;
  field?: string;
}
interface Case {
  name: string;
  breakIt: (copy: Copy) => void;
  expect: Expected[];
}

const COMMUNITY = 'content/communities/nl/evolva.mdx';
const COMMUNITY_EN = 'content/communities/en/evolva.mdx';
const GUIDE = 'content/guides/nl/van-wijk-naar-regio.mdx';
const TERM = 'content/glossary/nl/fieldlab.mdx';
const TERM_EN = 'content/glossary/en/fieldlab.mdx';
const CHAPTER = 'content/position-paper/nl/02-opzetten.mdx';
/** Two translated terms whose English slugs (knowledge-transfer, knowledge-workplace) differ from their file names. */
const KNOWLEDGE_TRANSFER_EN = 'content/glossary/en/kennisoverdracht.mdx';
const KNOWLEDGE_WORKPLACE_EN = 'content/glossary/en/kenniswerkplaats.mdx';
const PAGE = 'content/pages/nl/privacy.mdx';

/** The index a taxonomy item appended to the end of a real taxonomy file gets. */
const nextIndex = (file: string) => readFileSync(file, 'utf8').match(/^- id:/gm)?.length ?? 0;
const THEMES = 'content/taxonomy/themes.yaml';

const set = setField;
const remove = (field: string) => (text: string) => text.replace(new RegExp(`^${field}:.*\\n`, 'm'), '');
const append = appendLines;
const edit = (file: string, change: (text: string) => string) => (copy: Copy) => copy.edit(file, change);
const bodyCase = (name: string, lines: string, rule: string, line: RegExp): Case => ({
  name,
  breakIt: edit(TERM, append(lines)),
  expect: [{ rule, file: TERM, line }],
});

const cases: Case[] = [
  // Frontmatter and YAML
  { name: 'YAML with an unclosed quote', breakIt: edit(COMMUNITY, set('title', '"Evolva')), expect: [{ rule: 'yaml.syntax', file: COMMUNITY }] },
  { name: 'YAML with a broken indentation', breakIt: edit(COMMUNITY, (text) => text.replace(/^sources:\n/m, 'sources:\n   - title: x\n  url: y\n')), expect: [{ rule: 'yaml.syntax', file: COMMUNITY }] },
  { name: 'no frontmatter at all', breakIt: edit(TERM, (text) => text.replace(/^---[\s\S]*?\n---\n/, '')), expect: [{ rule: 'frontmatter.missing', file: TERM, line: /.*/ }] },
  { name: 'a missing title', breakIt: edit(COMMUNITY, remove('title')), expect: [{ rule: 'schema.required', file: COMMUNITY, field: 'title', line: /^---$/ }] },
  { name: 'a chapter order written as text', breakIt: edit(CHAPTER, set('order', 'twee')), expect: [{ rule: 'schema.type', file: CHAPTER, field: 'order', line: /^order:/ }] },
  { name: 'a summary over 200 characters', breakIt: edit(COMMUNITY, set('summary', 'x'.repeat(240))), expect: [{ rule: 'schema.too-big', file: COMMUNITY, field: 'summary', line: /^summary:/ }] },
  { name: 'an empty summary', breakIt: edit(GUIDE, set('summary', '""')), expect: [{ rule: 'schema.empty', file: GUIDE, field: 'summary', line: /^summary:/ }] },
  { name: 'an unknown status', breakIt: edit(COMMUNITY, set('status', 'paused')), expect: [{ rule: 'schema.value', file: COMMUNITY, field: 'status', line: /^status:/ }] },
  { name: 'an unknown kind', breakIt: edit(COMMUNITY, set('kind', 'netwerk')), expect: [{ rule: 'schema.value', file: COMMUNITY, field: 'kind', line: /^kind:/ }] },
  { name: 'a start year in the future', breakIt: edit(COMMUNITY, (text) => text.replace(/^status:/m, 'started: 2999\nstatus:')), expect: [{ rule: 'schema.invalid', file: COMMUNITY, field: 'started', line: /^started:/ }] },
  { name: 'a start year written as text', breakIt: edit(COMMUNITY, (text) => text.replace(/^status:/m, 'started: jaren twintig\nstatus:')), expect: [{ rule: 'schema.type', file: COMMUNITY, field: 'started', line: /^started:/ }] },
  { name: 'an update date in the future', breakIt: edit(TERM, set('updated', '2999-01-01')), expect: [{ rule: 'schema.invalid', file: TERM, field: 'updated', line: /^updated:/ }] },
  { name: 'a website without https://', breakIt: edit(COMMUNITY, (text) => text.replace(/^status:/m, 'website: evolva.nl\nstatus:')), expect: [{ rule: 'schema.invalid', file: COMMUNITY, field: 'website', line: /^website:/ }] },
  { name: 'an empty list of sources', breakIt: edit(TERM, (text) => text.replace(/^sources:\n(?: {2}.*\n)+/m, 'sources: []\n')), expect: [{ rule: 'schema.empty', file: TERM, field: 'sources', line: /^sources:/ }] },
  { name: 'a source without its url', breakIt: edit(TERM, (text) => text.replace(/^(sources:\n {2}- title: .*\n) {4}url: .*\n/m, '$1')), expect: [{ rule: 'schema.required', file: TERM, field: 'sources[0].url', line: /^ {2}- title:/ }] },
  { name: 'a source with a malformed url', breakIt: edit(TERM, (text) => text.replace(/^(sources:\n {2}- title: .*\n) {4}url: .*\n/m, '$1    url: https//groz.nl\n')), expect: [{ rule: 'schema.invalid', file: TERM, field: 'sources[0].url', line: /url: https\/\/groz/ }] },
  { name: 'a misspelt field name', breakIt: edit(COMMUNITY, (text) => text.replace(/^provinces:/m, 'provincies:')), expect: [{ rule: 'schema.unknown-field', file: COMMUNITY, field: 'provincies', line: /^provincies:/ }] },
  { name: 'an unknown guide direction', breakIt: edit(GUIDE, set('direction', 'sideways')), expect: [{ rule: 'schema.value', file: GUIDE, field: 'direction', line: /^direction:/ }] },
  { name: 'a guide without audiences', breakIt: edit(GUIDE, set('audiences', '[]')), expect: [{ rule: 'schema.empty', file: GUIDE, field: 'audiences', line: /^audiences:/ }] },
  { name: 'a glossary term without a definition', breakIt: edit(TERM, remove('definition')), expect: [{ rule: 'schema.required', file: TERM, field: 'definition', line: /^---$/ }] },
  { name: 'a page slug with capitals and a space', breakIt: edit(PAGE, set('slug', 'Privacy Verklaring')), expect: [{ rule: 'schema.format', file: PAGE, field: 'slug', line: /^slug:/ }] },
  { name: 'two chapters with the same order', breakIt: edit(CHAPTER, set('order', '1')), expect: [{ rule: 'unique.duplicate', file: CHAPTER, field: 'order', line: /^order:/ }] },
  { name: 'two pages with the same slug', breakIt: edit(PAGE, set('slug', 'over')), expect: [{ rule: 'unique.duplicate', file: 'content/pages/nl/privacy.mdx', field: 'slug', line: /^slug:/ }] },
  // English addresses: an English file's own slug, made from its title
  { name: 'an English entry without its own slug', breakIt: edit(TERM_EN, remove('slug')), expect: [{ rule: 'url.slug-missing', file: TERM_EN, field: 'slug', line: /^term:/ }] },
  { name: 'a Dutch entry with a slug', breakIt: edit(TERM, (text) => text.replace(/^(term:.*\n)/m, '$1slug: veldlab\n')), expect: [{ rule: 'url.slug-in-original', file: TERM, field: 'slug', line: /^slug:/ }] },
  { name: 'an English slug with capitals and a space', breakIt: edit(TERM_EN, set('slug', 'Field Lab')), expect: [{ rule: 'schema.format', file: TERM_EN, field: 'slug', line: /^slug:/ }] },
  { name: 'an English slug over 60 characters', breakIt: edit(TERM_EN, set('slug', 'a-fieldlab-where-companies-schools-and-researchers-test-together')), expect: [{ rule: 'schema.too-big', file: TERM_EN, field: 'slug', line: /^slug:/ }] },
  { name: 'two English terms with the same slug', breakIt: edit(KNOWLEDGE_WORKPLACE_EN, set('slug', 'knowledge-transfer')), expect: [{ rule: 'url.duplicate', file: KNOWLEDGE_WORKPLACE_EN, field: 'slug', line: /^slug:/ }] },
  { name: "an English slug at another entry's former address", breakIt: edit(KNOWLEDGE_TRANSFER_EN, set('slug', 'proeftuin')), expect: [{ rule: 'url.duplicate', file: KNOWLEDGE_TRANSFER_EN, field: 'slug', line: /^slug:/ }] },
  { name: 'an English slug at the address of the province lists', breakIt: edit(COMMUNITY_EN, set('slug', 'province')), expect: [{ rule: 'url.reserved', file: COMMUNITY_EN, field: 'slug', line: /^slug:/ }] },
  { name: 'a file name whose former English address is the province lists', breakIt: (copy) => { copy.write('content/communities/nl/province.mdx', readFileSync(COMMUNITY, 'utf8')); copy.write('content/communities/en/province.mdx', set('slug', 'a-province-profile')(readFileSync(COMMUNITY_EN, 'utf8'))); }, expect: [{ rule: 'url.reserved', file: 'content/communities/en/province.mdx' }] },
  // References
  { name: 'an unknown province', breakIt: edit(COMMUNITY, set('provinces', '[limburgg]')), expect: [{ rule: 'reference.unknown', file: COMMUNITY, field: 'provinces[0]', line: /^provinces:/ }] },
  { name: 'an unknown top sector', breakIt: edit(COMMUNITY, set('topSectors', '[zorg]')), expect: [{ rule: 'reference.unknown', file: COMMUNITY, field: 'topSectors[0]', line: /^topSectors:/ }] },
  { name: 'an unknown theme', breakIt: edit(COMMUNITY, set('themes', '[onderwijs]')), expect: [{ rule: 'reference.unknown', file: COMMUNITY, field: 'themes[0]', line: /^themes:/ }] },
  { name: 'an unknown partner type', breakIt: edit(COMMUNITY, set('partners', '\n  - name: Hogeschool Zuyd\n    type: hogeschool')), expect: [{ rule: 'reference.unknown', file: COMMUNITY, field: 'partners[0].type', line: /type: hogeschool/ }] },
  { name: 'an unknown related guide', breakIt: edit(COMMUNITY, set('guides', '[van-a-naar-b]')), expect: [{ rule: 'reference.unknown', file: COMMUNITY, field: 'guides[0]', line: /^guides:/ }] },
  { name: "a guide's unknown community", breakIt: edit(GUIDE, set('basedOn', '[achtse-barrier]')), expect: [{ rule: 'reference.unknown', file: GUIDE, field: 'basedOn[0]', line: /^basedOn:/ }] },
  { name: "a guide's unknown audience", breakIt: edit(GUIDE, set('audiences', '[studenten]')), expect: [{ rule: 'reference.unknown', file: GUIDE, field: 'audiences[0]', line: /^audiences:/ }] },
  { name: 'an unknown see-also term', breakIt: edit(TERM, set('seeAlso', '[proeftuinen]')), expect: [{ rule: 'reference.unknown', file: TERM, field: 'seeAlso[0]', line: /^seeAlso:/ }] },
  bodyCase('a <Term> with an unknown id', 'Zie <Term id="werkplaats">werkplaatsen</Term>.', 'reference.unknown', /werkplaats/),
  { name: 'a taxonomy id used twice', breakIt: edit('content/taxonomy/themes.yaml', append('- id: duurzaamheid # again\n  label: { nl: Duurzaam, en: Sustainable }')), expect: [{ rule: 'taxonomy.duplicate-id', file: THEMES, field: `[${nextIndex(THEMES)}].id`, line: /# again/ }] },
  { name: 'a taxonomy item without its English label', breakIt: edit('content/taxonomy/themes.yaml', append('- id: water\n  label: { nl: Water }')), expect: [{ rule: 'schema.required', file: THEMES, field: `[${nextIndex(THEMES)}].label.en`, line: /label: \{ nl: Water \}/ }] },
  // Files and translations
  { name: 'a file outside a language folder', breakIt: (copy) => copy.write('content/guides/nieuwe-gids.mdx', readFileSync(GUIDE, 'utf8')), expect: [{ rule: 'file.location', file: 'content/guides/nieuwe-gids.mdx' }] },
  { name: 'a Markdown file instead of MDX', breakIt: (copy) => copy.write('content/glossary/nl/werkplaats.md', '---\nterm: Werkplaats\n---\n'), expect: [{ rule: 'file.extension', file: 'content/glossary/nl/werkplaats.md' }] },
  { name: 'a file name with capitals and spaces', breakIt: (copy) => copy.write('content/glossary/nl/Mijn Term.mdx', readFileSync(TERM, 'utf8')), expect: [{ rule: 'file.name', file: 'content/glossary/nl/Mijn Term.mdx' }] },
  { name: 'a Dutch entry without its English translation', breakIt: (copy) => copy.write('content/glossary/nl/werkplaats.mdx', readFileSync(TERM, 'utf8')), expect: [{ rule: 'translation.missing', file: 'content/glossary/nl/werkplaats.mdx' }] },
  { name: 'an English entry without its Dutch original', breakIt: (copy) => copy.write('content/glossary/en/workshop.mdx', set('slug', 'workshop')(readFileSync(TERM_EN, 'utf8'))), expect: [{ rule: 'translation.orphaned', file: 'content/glossary/en/workshop.mdx' }] },
  { name: 'marked untranslated while the translation exists', breakIt: edit(TERM, (text) => text.replace(/^updated:/m, 'untranslated: true\nupdated:')), expect: [{ rule: 'translation.marked-but-present', file: TERM, field: 'untranslated', line: /^untranslated:/ }] },
  { name: 'a translation with fewer footnotes than the original', breakIt: edit(COMMUNITY_EN, (text) => text.replace(/\n\[\^\d+\]:[^\n]*\n?$/, '\n')), expect: [{ rule: 'translation.footnotes', file: COMMUNITY_EN }] },
  { name: 'a translation with other headings than the original', breakIt: edit(COMMUNITY_EN, append('## One more section\n\nText.')), expect: [{ rule: 'translation.headings', file: COMMUNITY_EN, line: /^## One more section/ }] },
  // Unsafe MDX
  bodyCase('an import statement', "import Card from '../Card.astro'", 'mdx.import-export', /^import Card/),
  bodyCase('an export statement', 'export const x = 1', 'mdx.import-export', /^export const/),
  bodyCase('a JavaScript expression', 'Het aantal is {40 + 2}.', 'mdx.expression', /\{40 \+ 2\}/),
  bodyCase('a <script> element', '<script>alert(1)</script>', 'mdx.unsafe-element', /<script>/),
  bodyCase('an <iframe>', '<iframe src="https://example.org"></iframe>', 'mdx.unsafe-element', /<iframe/),
  bodyCase('a <style> element', '<style>body</style>', 'mdx.unsafe-element', /<style>/),
  bodyCase('an <object> element', '<object data="/x.swf"></object>', 'mdx.unsafe-element', /<object/),
  bodyCase('an on... attribute', '<Aside onClick="steal()">Let op.</Aside>', 'mdx.event-handler', /onClick/),
  bodyCase('a javascript: link', 'Zie [de GROZ-fieldlabs](javascript:alert(1)).', 'link.unsafe-url', /javascript:/),
  bodyCase('a data: image', '![Een logo](data:image/png;base64,AAAA)', 'link.unsafe-url', /data:image/),
  bodyCase('a component the site does not offer', '<Card>Tekst</Card>', 'mdx.unknown-component', /<Card>/),
  bodyCase('an attribute written as an expression', '<Aside type={"tip"}>Let op.</Aside>', 'mdx.expression', /type=\{/),
  bodyCase('an Aside type that does not exist', '<Aside type="warning">Let op.</Aside>', 'mdx.attribute-value', /type="warning"/),
  bodyCase('a <Term> without an id', 'Een <Term>fieldlab</Term>.', 'mdx.attribute-missing', /<Term>fieldlab/),
  bodyCase('an unclosed component', '<Aside>\n\nLet op.', 'mdx.syntax', /^<Aside>$/),
  // Quality of public text
  // The images do not exist in the copy's public/ either, which is reported too.
  { name: 'an image without alt text', breakIt: edit(TERM, append('![](/images/fieldlab.jpg)')), expect: [{ rule: 'image.alt-missing', file: TERM, line: /fieldlab\.jpg/ }, { rule: 'image.missing', file: TERM, line: /fieldlab\.jpg/ }] },
  { name: 'a Figure without alt text', breakIt: edit(TERM, append('<Figure src="/images/fieldlab.jpg" />')), expect: [{ rule: 'image.alt-missing', file: TERM, line: /<Figure/ }, { rule: 'image.missing', file: TERM, line: /<Figure/ }] },
  bodyCase('vague link text in Dutch', 'Meer over GROZ: [klik hier](https://groz.nl/fieldlabs).', 'link.vague-text', /klik hier/),
  bodyCase('vague link text in English', 'More on GROZ: [read more](https://groz.nl/fieldlabs).', 'link.vague-text', /read more/),
  bodyCase('a malformed external address', 'Zie [de GROZ-fieldlabs](https://groz/fieldlabs).', 'link.malformed', /https:\/\/groz\/fieldlabs/),
  bodyCase('an address without https://', 'Zie [de GROZ-fieldlabs](www.groz.nl).', 'link.malformed', /www\.groz\.nl/),
  bodyCase('a level-1 heading in the text', '# Nog een titel', 'heading.level', /^# Nog/),
  { name: 'a skipped heading level', breakIt: (copy) => { copy.edit(TERM, append('## Achtergrond\n\nTekst.\n\n#### Detail\n\nTekst.')); copy.edit(TERM_EN, append('## Background\n\nText.\n\n#### Detail\n\nText.')); }, expect: [{ rule: 'heading.skipped', file: TERM, line: /^#### Detail/ }, { rule: 'heading.skipped', file: TERM_EN, line: /^#### Detail/ }] },
  { name: 'an empty heading', breakIt: (copy) => { copy.edit(TERM, append('##\n\nTekst.')); copy.edit(TERM_EN, append('##\n\nText.')); }, expect: [{ rule: 'heading.empty', file: TERM, line: /^##$/ }, { rule: 'heading.empty', file: TERM_EN, line: /^##$/ }] },
];

let copy: Copy | undefined;
afterEach(() => copy?.remove());

describe(`${cases.length} broken contributions are each reported with file, line and problem`, () => {
  it('names each case once', () => {
    const names = cases.map((testCase) => testCase.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  for (const testCase of cases) {
    it(testCase.name, () => {
      copy = copyContent();
      testCase.breakIt(copy);
      const { problems } = validateContent(copy.root);
      const root = copy.root;
      const expected = testCase.expect.map((expectation) => ({
        rule: expectation.rule,
        file: expectation.file,
        ...(expectation.field ? { field: expectation.field } : {}),
        ...(expectation.line ? { line: lineOf(readFileSync(join(root, expectation.file), 'utf8'), expectation.line) } : {}),
      }));
      const reported = problems.map((problem) => ({
        rule: problem.rule,
        file: problem.file,
        ...(testCase.expect.some((expectation) => expectation.field) ? { field: problem.field } : {}),
        ...(testCase.expect.some((expectation) => expectation.line) ? { line: problem.line } : {}),
      }));
      const order = (a: { file: string; rule: string }, b: { file: string; rule: string }) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule);
      expect(reported.sort(order)).toEqual(expected.sort(order));
      for (const problem of problems) {
        expect(problem.fix.length, `${problem.rule} has a fix`).toBeGreaterThan(10);
        expect(problem.expected.length, `${problem.rule} says what was expected`).toBeGreaterThan(5);
      }
    });
  }
});

describe('the fix for an English address', () => {
  const fixOf = (breakIt: (copy: Copy) => void, rule: string) => {
    copy = copyContent();
    breakIt(copy);
    return validateContent(copy.root).problems.find((problem) => problem.rule === rule)?.fix;
  };

  it('gives an English file without a slug the slug of its English title, without the Dutch word in brackets', () => {
    expect(fixOf(edit('content/glossary/en/proeftuin.mdx', remove('slug')), 'url.slug-missing')).toContain('"slug: testing-ground"');
  });

  it('gives a profile whose English title is its Dutch name the slug of its file name', () => {
    expect(fixOf(edit('content/communities/en/hydrogen-lab-zeeland.mdx', remove('slug')), 'url.slug-missing')).toContain('"slug: hydrogen-lab-zeeland"');
  });

  it('names the entry whose former address a slug would take, and where that address leads', () => {
    copy = copyContent();
    copy.edit(KNOWLEDGE_TRANSFER_EN, set('slug', 'proeftuin'));
    const problem = validateContent(copy.root).problems.find((candidate) => candidate.rule === 'url.duplicate');
    expect(problem?.found).toBe('/en/glossary/proeftuin/, the former address of content/glossary/en/proeftuin.mdx, which points on to /en/glossary/testing-ground/ so that links to it keep working');
    expect(problem?.fix).toBe('Choose another slug for this glossary term.');
  });
});
