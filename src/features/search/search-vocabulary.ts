/**
 * The vocabulary of one language's search index, written by the build beside Pagefind's
 * files (`/pagefind/kennisbank/vocabulary.<lang>.json`) and read in the browser with the
 * first query: every word Pagefind indexed with how many pages use it, the stop words, the
 * synonyms authors maintain (content/search/synonyms.yaml) and the notices' text. Pagefind
 * itself knows no typos, no synonyms and no stop words; src/features/search/query-plan.ts
 * uses this file to rewrite a query before Pagefind runs it.
 *
 * Pure: shared by the build (encode) and the browser (decode).
 */
import { COMPOUND_SEAM, wordsOf } from './compound-words.ts';

/** The notices a rewritten query shows, in the page's language (from nl.json/en.json). */
export interface VocabularyMessages {
  /** `{{words}}`: the corrected words. */
  corrected: string;
  /** `{{words}}`: the words searched as well, from the synonyms file. */
  synonyms: string;
  /** `{{words}}`: words of the query no page uses, left out. */
  unknown: string;
  /** No page has every word: what follows are the pages with most of them. */
  partial: string;
  /** Few pages have every word: they come first, then pages with most of them. */
  fewComplete: string;
}

export interface VocabularyFile {
  /** Sorted words, front-coded: see encodeWords. */
  words: string;
  stopWords: string[];
  /** A reader's word -> the site's words (each may be a phrase). */
  synonyms: Record<string, string[]>;
  messages: VocabularyMessages;
}

export interface Vocabulary {
  /** Sorted, lower case, diacritics removed (as Pagefind normalizes a query). */
  words: string[];
  /** For each word, how many pages use it, as a power of two (0: 1 page, 1: 2-3, 2: 4-7 ...). */
  frequency: Uint8Array;
  stopWords: ReadonlySet<string>;
  synonyms: ReadonlyMap<string, string[]>;
  messages: VocabularyMessages;
}

/** Lower case without diacritics, as Pagefind compares words: `coördinatoren` -> `coordinatoren`. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** What joins the parts of one word: hyphens, apostrophes and COMPOUND_SEAM. */
const JOINER = `[-\u2010\u2011'\u2019\\${COMPOUND_SEAM}]`;
const JOINERS = new RegExp(JOINER, 'gu');
const JOINED = new RegExp(`^[\\p{L}\\p{M}]+(?:${JOINER}[\\p{L}\\p{M}]+)+$`, 'u');

/**
 * The words Pagefind indexes in a text: each run of letters, and each word joined by a
 * hyphen, an apostrophe or the compound seam whole, without them (`self-scan` -> `self`,
 * `scan`, `selfscan`; `regio's` -> `regio`, `regios`), which is how such a query reaches the
 * index. (Pagefind also joins addresses and the like, `https://...`, which nobody searches.)
 * Words with digits are left out: a query passes them to Pagefind as typed.
 */
export function indexedWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .flatMap((token) => {
      const parts = wordsOf(token);
      const word = token.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '');
      return parts.length > 1 && JOINED.test(word) ? [...parts, word.replace(JOINERS, '')] : parts;
    });
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const MAX_SHARED = DIGITS.length - 1;

/**
 * One line per word, in sorted order: a digit for how many pages use it (log 2), a digit
 * for how many letters it shares with the word before, then the rest of the word. Sorted
 * words share long beginnings, so this and Brotli together keep about 2 bytes a word.
 */
export function encodeWords(pagesPerWord: ReadonlyMap<string, number>): string {
  const words = [...pagesPerWord.keys()].sort();
  let previous = '';
  const lines = words.map((word) => {
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && word[shared] === previous[shared]) shared += 1;
    const pages = pagesPerWord.get(word) ?? 1;
    const line = `${DIGITS[Math.min(MAX_SHARED, Math.floor(Math.log2(Math.max(1, pages))))]}${DIGITS[shared]}${word.slice(shared)}`;
    previous = word;
    return line;
  });
  return lines.join('\n');
}

export function decodeVocabulary(file: VocabularyFile): Vocabulary {
  const lines = file.words ? file.words.split('\n') : [];
  const words: string[] = [];
  const frequency = new Uint8Array(lines.length);
  let previous = '';
  lines.forEach((line, index) => {
    frequency[index] = DIGITS.indexOf(line[0] ?? '0');
    const word = previous.slice(0, DIGITS.indexOf(line[1] ?? '0')) + line.slice(2);
    words.push(word);
    previous = word;
  });
  return {
    words,
    frequency,
    stopWords: new Set(file.stopWords),
    // Keyed as a query's words are compared: `enquête` in the file matches `enquete` typed.
    synonyms: new Map(Object.entries(file.synonyms).map(([word, siteWords]) => [normalizeWord(word), siteWords])),
    messages: file.messages,
  };
}
