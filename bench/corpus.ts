import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugFromTitle } from '../src/kernel/content/slug.ts';

/**
 * A generated corpus for the benchmarks: a copy of the real content plus generated
 * profiles, glossary terms, guides and position-paper chapters in both languages (the search
 * benchmark uses about a thousand indexed pages per language; the build benchmark three
 * sizes, see `sizeForPages`). Their text is the site's own: paragraphs and headings of
 * the real pages, in a new mix per page, with sentences naming the page's own place,
 * province and subject. So the vocabulary, the Dutch compounds and the page lengths are
 * those of a grown version of this site, and index size and search time with them. Seeded:
 * every run writes the same corpus.
 */

export interface CorpusSize {
  communities: number;
  terms: number;
  guides: number;
  /** Extra chapters after the real five; the schema allows chapter numbers up to 99. */
  chapters?: number;
}

/** Entry pages (both languages) of the real content that `writeCorpus` copies: 5 chapters, 16 terms, 15 profiles, 4 guides, 5 pages. */
export const realEntryPages = 2 * (5 + 16 + 15 + 4 + 5);

/**
 * Generated entries per language for a corpus of about `pages` entry pages in both languages,
 * in the proportions of a grown knowledge base: mostly profiles, then terms, guides and
 * chapters (at most 94 more, the schema's limit).
 */
export function sizeForPages(pages: number): CorpusSize {
  const perLanguage = Math.max(0, Math.round((pages - realEntryPages) / 2));
  const chapters = Math.min(94, Math.round(perLanguage * 0.01));
  const guides = Math.round(perLanguage * 0.06);
  const terms = Math.round(perLanguage * 0.08);
  return { communities: perLanguage - chapters - guides - terms, terms, guides, chapters };
}

/** 45 real pages + 960 generated ones = 1,005 indexed pages per language. */
export const defaultSize: CorpusSize = { communities: 820, terms: 100, guides: 40 };

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const some = <T>(next: Random, items: readonly T[], most: number): T[] => {
  const count = 1 + Math.floor(next() * most);
  return [...new Set(Array.from({ length: count }, () => pick(next, items)))];
};
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const PROVINCES = [
  'groningen',
  'fryslan',
  'drenthe',
  'noord-holland',
  'flevoland',
  'overijssel',
  'zuid-holland',
  'utrecht',
  'gelderland',
  'zeeland',
  'noord-brabant',
  'limburg',
] as const;
const PROVINCE_NAMES: Record<string, string> = {
  groningen: 'Groningen',
  fryslan: 'Fryslân',
  drenthe: 'Drenthe',
  'noord-holland': 'Noord-Holland',
  flevoland: 'Flevoland',
  overijssel: 'Overijssel',
  'zuid-holland': 'Zuid-Holland',
  utrecht: 'Utrecht',
  gelderland: 'Gelderland',
  zeeland: 'Zeeland',
  'noord-brabant': 'Noord-Brabant',
  limburg: 'Limburg',
};
const PLACES: Record<string, string[]> = {
  groningen: ['Groningen', 'Delfzijl', 'Winschoten'],
  fryslan: ['Ljouwert', 'Drachten', 'Snits', 'Harns'],
  drenthe: ['Assen', 'Emmen', 'Meppel'],
  'noord-holland': ['Haarlem', 'Alkmaar', 'Zaandam'],
  flevoland: ['Almere', 'Lelystad'],
  overijssel: ['Zwolle', 'Enschede', 'Deventer'],
  'zuid-holland': ['Leiden', 'Delft', 'Dordrecht', 'Gouda'],
  utrecht: ['Utrecht', 'Amersfoort'],
  gelderland: ['Arnhem', 'Nijmegen', 'Apeldoorn'],
  zeeland: ['Middelburg', 'Vlissingen', 'Goes'],
  'noord-brabant': ['Eindhoven', 'Tilburg', 'Breda'],
  limburg: ['Maastricht', 'Venlo', 'Heerlen'],
};
const SECTORS = [
  'agri-food',
  'chemie',
  'creatieve-industrie',
  'energie',
  'high-tech-systemen-materialen',
  'life-sciences-health',
  'logistiek',
  'tuinbouw-uitgangsmaterialen',
  'water-maritiem',
  'ict',
] as const;
const THEMES = [
  'gezondheid-en-zorg',
  'positieve-gezondheid',
  'zorgtechnologie',
  'energietransitie',
  'duurzaamheid',
  'logistiek-en-supply-chain',
  'leven-lang-ontwikkelen',
  'burgerparticipatie',
] as const;
const PARTNER_TYPES = ['bedrijfsleven', 'kennisinstellingen', 'overheid', 'maatschappelijke-organisaties', 'burgers'] as const;
const KINDS = ['learning-community', 'fieldlab', 'living-lab', 'research-project'] as const;
const STATUSES = ['initiative', 'active', 'completed', 'unknown'] as const;
const AUDIENCES = ['professionals', 'docenten', 'onderzoekers', 'beleidsmakers', 'burgers', 'ondernemers', 'coordinatoren'] as const;
const DIRECTIONS = [
  'fieldlab-to-region',
  'citizens-to-professionals',
  'community-to-education',
  'neighbourhood-to-region',
  'region-to-region',
] as const;

/** Words for the sentences that make each page its own; the Dutch ones make compounds, as the site's texts do. */
const NL = {
  heads: [
    'zorg',
    'leer',
    'praktijk',
    'kennis',
    'wijk',
    'regio',
    'energie',
    'water',
    'werk',
    'burger',
    'innovatie',
    'onderzoeks',
    'gezondheids',
    'samenwerkings',
    'project',
    'opleidings',
    'data',
    'voedsel',
    'haven',
    'warmte',
  ],
  tails: [
    'organisaties',
    'gemeenschappen',
    'omgeving',
    'netwerk',
    'partners',
    'agenda',
    'programma',
    'vragen',
    'teams',
    'projecten',
    'centrum',
    'coalitie',
    'aanpak',
    'plaatsen',
    'opgaven',
  ],
  subjects: [
    'studenten',
    'docenten',
    'bewoners',
    'ondernemers',
    'onderzoekers',
    'professionals',
    'beleidsmakers',
    'werkgevers',
    'vrijwilligers',
    'lectoren',
  ],
  verbs: [
    'werken samen aan',
    'leren van',
    'onderzoeken',
    'ontwikkelen',
    'verbeteren',
    'bespreken',
    'delen kennis over',
    'testen',
    'ontwerpen',
    'evalueren',
  ],
  objects: [
    'de zorg in de wijk',
    'nieuwe werkvormen',
    'duurzame energie',
    'de vragen uit de praktijk',
    'het onderwijs van morgen',
    'gezondheid en welzijn',
    'slimme logistiek',
    'schoon water',
    'een leven lang ontwikkelen',
    'de gemeenschap',
  ],
  endings: [
    'in de regio',
    'met partners uit het onderwijs',
    'samen met de gemeente',
    'op de werkplek',
    'in een fieldlab',
    'met steun van de provincie',
    'over de grenzen van hun organisatie heen',
    'in korte leercycli',
  ],
};
const EN = {
  heads: [
    'care',
    'learning',
    'practice',
    'knowledge',
    'neighbourhood',
    'regional',
    'energy',
    'water',
    'work',
    'citizen',
    'innovation',
    'research',
    'health',
    'partnership',
    'project',
    'training',
    'data',
    'food',
    'port',
    'heat',
  ],
  tails: [
    'organisations',
    'communities',
    'environment',
    'network',
    'partners',
    'agenda',
    'programme',
    'questions',
    'teams',
    'projects',
    'centre',
    'coalition',
    'approach',
    'places',
    'challenges',
  ],
  subjects: [
    'students',
    'teachers',
    'residents',
    'entrepreneurs',
    'researchers',
    'professionals',
    'policy makers',
    'employers',
    'volunteers',
    'professors',
  ],
  verbs: [
    'work together on',
    'learn from',
    'investigate',
    'develop',
    'improve',
    'discuss',
    'share knowledge about',
    'test',
    'design',
    'evaluate',
  ],
  objects: [
    'care in the neighbourhood',
    'new ways of working',
    'sustainable energy',
    'questions from practice',
    'the education of tomorrow',
    'health and well-being',
    'smart logistics',
    'clean water',
    'lifelong development',
    'the community',
  ],
  endings: [
    'in the region',
    'with partners from education',
    'together with the municipality',
    'at the workplace',
    'in a fieldlab',
    'with support from the province',
    'across the borders of their organisation',
    'in short learning cycles',
  ],
};
type Vocabulary = typeof NL;

/** The paragraphs and section headings of the real pages in one language, as plain Markdown text. */
export function realText(lang: 'nl' | 'en'): { paragraphs: string[]; headings: string[] } {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const collection of ['position-paper', 'communities', 'guides', 'glossary']) {
    const directory = join('content', collection, lang);
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.mdx'))) {
      const body = readFileSync(join(directory, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      for (const block of body.split(/\n\s*\n/)) {
        const text = block
          .trim()
          .replace(/<Term id="[^"]*">([^<]*)<\/Term>/g, '$1')
          .replace(/\[\^\d+\]/g, '')
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
        if (/^#{2,3} /.test(text)) headings.push(text.replace(/^#+ /, ''));
        else if (text.length > 80 && !/^(\[\^|<|\||#|-|\d\.)/.test(text) && !text.includes('<') && !text.endsWith(':'))
          paragraphs.push(text);
      }
    }
  }
  return { paragraphs, headings };
}

type Text = ReturnType<typeof realText>;

function sentence(next: Random, words: Vocabulary, place: string): string {
  const compound = `${pick(next, words.heads)}${words === EN ? ' ' : ''}${pick(next, words.tails)}`;
  return words === NL
    ? `In ${place} ${pick(next, words.verbs)} ${pick(next, words.subjects)} en ${compound} ${pick(next, words.objects)}, ${pick(next, words.endings)}.`
    : `In ${place}, ${pick(next, words.subjects)} and ${compound} ${pick(next, words.verbs)} ${pick(next, words.objects)}, ${pick(next, words.endings)}.`;
}

function body(next: Random, words: Vocabulary, text: Text, place: string): string {
  const sections = 3 + Math.floor(next() * 2);
  return Array.from({ length: sections }, () => {
    const paragraphs = Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(next, text.paragraphs));
    paragraphs.splice(Math.floor(next() * paragraphs.length), 0, `${sentence(next, words, place)} ${sentence(next, words, place)}`);
    return `## ${pick(next, text.headings)}\n\n${paragraphs.join('\n\n')}`;
  }).join('\n\n');
}

const yamlList = (items: readonly string[]) => `[${items.join(', ')}]`;
/**
 * The `slug` line an English entry needs (its address, from its title); none in Dutch. The
 * index goes first, so that cutting a long title to the slug's length keeps addresses apart.
 */
const slugLine = (lang: 'nl' | 'en', index: number, title: string) =>
  lang === 'en' ? `slug: ${slugFromTitle(`${index} ${title}`)}\n` : '';

const SOURCE = 'sources:\n  - title: "Generated for the search benchmark"\n    url: https://example.org/bench\nupdated: 2026-01-01';

function community(index: number, lang: 'nl' | 'en', text: Text): string {
  const next = random(index * 7919);
  const words = lang === 'nl' ? NL : EN;
  const province = pick(next, PROVINCES);
  const place = pick(next, PLACES[province] ?? ['Utrecht']);
  // The same draws in both languages: the vocabularies are aligned word for word.
  const head = Math.floor(next() * NL.heads.length);
  const tail = Math.floor(next() * NL.tails.length);
  const title =
    lang === 'nl'
      ? `Leergemeenschap ${capital(`${NL.heads[head]}${NL.tails[tail]}`)} ${place} ${index}`
      : `Learning community ${capital(`${EN.heads[head]} ${EN.tails[tail]}`)} ${place} ${index}`;
  const summary =
    lang === 'nl'
      ? `Een leergemeenschap in ${place} (${PROVINCE_NAMES[province]}) over ${pick(next, NL.objects)}.`
      : `A learning community in ${place} (${PROVINCE_NAMES[province]}) about ${pick(next, EN.objects)}.`;
  const partners = Array.from(
    { length: 1 + Math.floor(next() * 3) },
    (_, n) => `  - name: Partner ${place} ${index}-${n}\n    type: ${pick(next, PARTNER_TYPES)}`,
  ).join('\n');
  return `---
title: "${title}"
${slugLine(lang, index, title)}summary: "${summary}"
kind: ${pick(next, KINDS)}
topSectors: ${yamlList(some(next, SECTORS, 2))}
provinces: [${province}]
place: ${place}
themes: ${yamlList(some(next, THEMES, 3))}
partners:
${partners}
status: ${pick(next, STATUSES)}
started: ${2015 + Math.floor(next() * 10)}
guides: []
${SOURCE}
---

${body(next, words, text, place)}
`;
}

function term(index: number, lang: 'nl' | 'en', text: Text): string {
  const next = random(index * 104729);
  const words = lang === 'nl' ? NL : EN;
  const name =
    lang === 'nl'
      ? `${capital(pick(next, NL.heads))}${pick(next, NL.tails)} ${index}`
      : `${capital(pick(next, EN.heads))} ${pick(next, EN.tails)} ${index}`;
  const definition =
    lang === 'nl'
      ? `Een vorm van samenwerking waarin ${pick(next, NL.subjects)} ${pick(next, NL.verbs)} ${pick(next, NL.objects)}.`
      : `A form of collaboration in which ${pick(next, EN.subjects)} ${pick(next, EN.verbs)} ${pick(next, EN.objects)}.`;
  return `---
term: "${name}"
${slugLine(lang, index, name)}definition: "${definition}"
seeAlso: []
${SOURCE}
---

${sentence(next, words, 'Nederland')}

${pick(next, text.paragraphs)}

${pick(next, text.paragraphs)}
`;
}

function guide(index: number, lang: 'nl' | 'en', communities: number, text: Text): string {
  const next = random(index * 15485863);
  const words = lang === 'nl' ? NL : EN;
  const title = lang === 'nl' ? `Gids ${index}: ${pick(next, NL.objects)}` : `Guide ${index}: ${pick(next, EN.objects)}`;
  const summary =
    lang === 'nl'
      ? `Hoe ${pick(next, NL.subjects)} leren van een leergemeenschap ${pick(next, NL.endings)}.`
      : `How ${pick(next, EN.subjects)} learn from a learning community ${pick(next, EN.endings)}.`;
  return `---
title: "${title}"
${slugLine(lang, index, title)}summary: "${summary}"
audiences: ${yamlList(some(next, AUDIENCES, 3))}
direction: ${pick(next, DIRECTIONS)}
basedOn: [bench-${1 + Math.floor(next() * communities)}]
themes: ${yamlList(some(next, THEMES, 2))}
${SOURCE}
---

${body(next, words, text, 'Nederland')}
`;
}

function chapter(index: number, lang: 'nl' | 'en', text: Text): string {
  const next = random(index * 32452843);
  const words = lang === 'nl' ? NL : EN;
  const object = Math.floor(next() * NL.objects.length);
  const title = lang === 'nl' ? `Verdieping ${index}: ${NL.objects[object]}` : `In depth ${index}: ${EN.objects[object]}`;
  const summary =
    lang === 'nl'
      ? `Wat leergemeenschappen leren over ${NL.objects[object]}, ${pick(next, NL.endings)}.`
      : `What learning communities learn about ${EN.objects[object]}, ${pick(next, EN.endings)}.`;
  return `---
title: "${title}"
${slugLine(lang, index, title)}order: ${5 + index}
summary: "${summary}"
themes: ${yamlList(some(next, THEMES, 2))}
updated: 2026-01-01
---

${body(next, words, text, 'Nederland')}

${body(next, words, text, 'Nederland')}
`;
}

/** Copies the real content to `root/content` and adds the generated entries; returns the content directory. */
export function writeCorpus(root: string, size: CorpusSize = defaultSize): string {
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  for (const lang of ['nl', 'en'] as const) {
    const text = realText(lang);
    for (const [collection, count, make] of [
      ['communities', size.communities, (n: number) => community(n, lang, text)],
      ['glossary', size.terms, (n: number) => term(n, lang, text)],
      ['guides', size.guides, (n: number) => guide(n, lang, size.communities, text)],
      ['position-paper', size.chapters ?? 0, (n: number) => chapter(n, lang, text)],
    ] as const) {
      const directory = join(content, collection, lang);
      mkdirSync(directory, { recursive: true });
      for (let n = 1; n <= count; n += 1) writeFileSync(join(directory, `bench-${n}.mdx`), make(n));
    }
  }
  return content;
}
