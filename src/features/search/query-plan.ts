import { normalizeWord, type Vocabulary } from './search-vocabulary.ts';

/**
 * What a reader typed, turned into what Pagefind can find. Pagefind requires every word of
 * a query on a page and matches a word only as written or as the start of a longer word;
 * where a word matches nothing it shortens it until something matches (`acessibility`
 * becomes `a`). So before Pagefind runs, each word of the query becomes a slot of terms
 * any of which may match:
 *   - a word joined by a hyphen that the index lacks whole is its words (`self-assessment`);
 *   - stop words (`hoe`, `ik`, `the`) are left out, mistyped too (`whta`), unless the query
 *     has nothing else;
 *     a Dutch verb joins the particle a question splits from it (`levert ... op` -> `oplevert`);
 *   - a word of the index keeps itself, its plural or singular as the index has it, and the
 *     site's words for it (or for its plural or singular) from the synonyms file;
 *   - a word that begins indexed words is left to Pagefind's own prefix match, and where
 *     those words are all rare, a far more frequent word one typo away is searched too;
 *   - any other word is the plural or singular of an indexed word (`leerbedrijf` -> `leerbedrijven`),
 *     the end of indexed compounds (`fabriek` in `duurzaamheidsfabriek`), a typo, corrected
 *     to the nearest indexed words (Damerau-Levenshtein distance 1, 2 for long words;
 *     frequent words first; where the correction is at least as frequent, the first two
 *     follow it), or a compound of indexed words (`competentieprofiel` -> `competentie profiel`);
 *     failing all it is left out and the reader told so, never handed to Pagefind to shorten.
 * src/features/search/browser/pagefind-module.ts runs the slots and ranks the pages.
 * Pure, and tested in tests/unit/query-plan.test.ts.
 */

export interface Alternative {
  /** What Pagefind searches: a word, or words that must all occur (a split compound, a phrase). */
  term: string;
  /** A match through this term counts this much of a match of the word as typed. */
  weight: number;
}

export interface Slot {
  word: string;
  alternatives: Alternative[];
}

export interface QueryPlan {
  slots: Slot[];
  /** Corrected words: what was typed, what is searched instead (the best correction). */
  corrections: { from: string; to: string }[];
  /** Site's words added from the synonyms file. */
  synonyms: string[];
  /** Words no page has and no correction found: left out. */
  unknown: string[];
  /** True when the query passes to Pagefind as typed (one search, nothing rewritten). */
  unchanged: boolean;
  /**
   * The words of a query of two or more, stop words included and typos corrected, in the
   * reader's order: pages that have them together (`community of practice`) rank first.
   */
  phrase?: string;
}

/** Weights: the word as typed counts fully, a form of it or a synonym nearly, a guess less. */
const FORM = 0.9;
const SYNONYM = 0.85;
const CORRECTION = 0.8;
const SPLIT = 0.7;
const TAIL = 0.9;

/** Compounds searched for a word the site writes only at their end: the most frequent. */
const MAX_TAILS = 6;

/** Words shorter than this are neither corrected nor split: too many words are one letter away. */
const MIN_CORRECTED = 4;
/** From this length, two typing mistakes are corrected (`comunitty`); below it, one. */
const TWO_EDITS_FROM = 8;
/** Words on one page (frequency 0) are rare enough that a far more frequent neighbour may be meant. */
const RARE = 0;
/** Far more frequent: on at least 8 times as many pages (3 steps of frequency). */
const FAR_MORE = 3;
/** Corrections searched besides the best, when nearly as frequent. */
const MAX_CORRECTIONS = 3;
/** The shortest part of a split query word. */
const MIN_PART = 3;

/** Dutch particles a question may split from their verb (`zet ... op` for `opzetten`). */
const PARTICLES = new Set([
  'op',
  'aan',
  'af',
  'in',
  'uit',
  'mee',
  'toe',
  'door',
  'over',
  'voor',
  'bij',
  'na',
  'om',
  'terug',
  'samen',
  'weg',
]);

/** The index of a word in the sorted list, or of where it would go. */
function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function isIndexed(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.words[lowerBound(vocabulary.words, word)] === word;
}

/** True when some indexed word begins with `word` (or is it). */
export function beginsIndexedWord(vocabulary: Vocabulary, word: string): boolean {
  return (vocabulary.words[lowerBound(vocabulary.words, word)] ?? '').startsWith(word);
}

function frequencyOf(vocabulary: Vocabulary, word: string): number {
  const index = lowerBound(vocabulary.words, word);
  return vocabulary.words[index] === word ? (vocabulary.frequency[index] ?? 0) : -1;
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The indexed words nearest to a word (other than itself), best first: fewest edits, then most pages. */
export function corrections(vocabulary: Vocabulary, word: string): string[] {
  if (word.length < MIN_CORRECTED) return [];
  const limit = word.length >= TWO_EDITS_FROM ? 2 : 1;
  const found: { word: string; distance: number; frequency: number }[] = [];
  vocabulary.words.forEach((candidate, index) => {
    if (candidate.length < MIN_CORRECTED || candidate === word) return;
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit) found.push({ word: candidate, distance, frequency: vocabulary.frequency[index] ?? 0 });
  });
  if (found.length === 0) return [];
  found.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || a.word.localeCompare(b.word));
  const best = found[0];
  if (!best) return [];
  // Others only at the best one's distance and at most 8 times rarer (3 steps of frequency).
  return found
    .filter((candidate) => candidate.distance === best.distance && candidate.frequency >= best.frequency - 3)
    .slice(0, MAX_CORRECTIONS)
    .map((candidate) => candidate.word);
}

/**
 * Plural and singular forms a word may have in the index: Dutch `gids`/`gidsen`,
 * `fieldlab`/`fieldlabs`, `organisatie`/`organisaties`, `straat`/`straten`,
 * `gemeenschap`/`gemeenschappen`; English `guide`/`guides`, `community`/`communities`.
 * Over-generates: only forms the index has are searched.
 */
export function numberForms(word: string, lang: string): string[] {
  const forms = new Set<string>();
  const vowels = 'aeiou';
  const last = word.at(-1) ?? '';
  if (lang === 'nl') {
    forms.add(`${word}en`).add(`${word}s`).add(`${word}n`);
    if (!vowels.includes(last) && vowels.includes(word.at(-2) ?? '')) {
      // lab -> labben (short vowel: doubled consonant), straat -> straten (long vowel: one).
      if (!vowels.includes(word.at(-3) ?? '')) forms.add(`${word}${last}en`);
      else if (word.at(-2) === word.at(-3)) forms.add(`${word.slice(0, -2)}${last}en`);
    }
    if (last === 's') forms.add(`${word.slice(0, -1)}zen`);
    if (last === 'f') forms.add(`${word.slice(0, -1)}ven`);
    if (word.endsWith('en')) {
      const stem = word.slice(0, -2);
      forms.add(stem);
      if (stem.length > 1 && stem.at(-1) === stem.at(-2)) forms.add(stem.slice(0, -1));
      const [before, end] = [stem.at(-2) ?? '', stem.at(-1) ?? ''];
      if (vowels.includes(before) && !vowels.includes(end) && !vowels.includes(stem.at(-3) ?? ''))
        forms.add(`${stem.slice(0, -1)}${before}${end}`);
      if (end === 'z') forms.add(`${stem.slice(0, -1)}s`);
      if (end === 'v') forms.add(`${stem.slice(0, -1)}f`);
    }
    if (word.endsWith('s') || word.endsWith('n')) forms.add(word.slice(0, -1));
    // English loanwords keep their English plural: community -> communities.
    if (last === 'y') forms.add(`${word.slice(0, -1)}ies`);
    if (word.endsWith('ies')) forms.add(`${word.slice(0, -3)}y`);
  } else {
    forms.add(`${word}s`).add(`${word}es`);
    if (last === 'y') forms.add(`${word.slice(0, -1)}ies`);
    if (word.endsWith('ies')) forms.add(`${word.slice(0, -3)}y`);
    if (word.endsWith('es')) forms.add(word.slice(0, -2));
    if (last === 's') forms.add(word.slice(0, -1));
  }
  forms.delete(word);
  return [...forms].filter((form) => form.length >= MIN_PART);
}

/**
 * A word no page has, as two indexed words (`competentieprofiel` -> `competentie profiel`),
 * a Dutch linking `s` or `e` allowed after the first (`duurzaamheidsfabriek`). Of several
 * splits, the one whose rarer part is most frequent.
 */
export function splitIntoIndexedWords(vocabulary: Vocabulary, word: string): string | undefined {
  let best: { parts: string; frequency: number } | undefined;
  for (let seam = MIN_PART; seam <= word.length - MIN_PART; seam += 1) {
    const tail = word.slice(seam);
    const tailFrequency = frequencyOf(vocabulary, tail);
    if (tailFrequency < 0) continue;
    const head = word.slice(0, seam);
    const heads = [head, ...(/[se]$/.test(head) && head.length > MIN_PART ? [head.slice(0, -1)] : [])];
    for (const candidate of heads) {
      const headFrequency = frequencyOf(vocabulary, candidate);
      if (headFrequency < 0) continue;
      const frequency = Math.min(headFrequency, tailFrequency);
      if (!best || frequency > best.frequency) best = { parts: `${candidate} ${tail}`, frequency };
    }
  }
  return best?.parts;
}

/**
 * Indexed words that end with a word no page has alone, or with its plural or singular
 * (`fabriek` -> `duurzaamheidsfabriek`, `transities` -> `energietransitie`), most frequent
 * first. Pagefind matches the start of words, so their ends need this.
 */
export function compoundsEndingWith(vocabulary: Vocabulary, word: string, lang: string): string[] {
  if (word.length < MIN_CORRECTED) return [];
  const ends = [word, ...numberForms(word, lang).filter((form) => form.length >= MIN_CORRECTED)];
  const found: { word: string; frequency: number }[] = [];
  vocabulary.words.forEach((candidate, index) => {
    if (ends.some((end) => candidate.length >= end.length + MIN_PART && candidate.endsWith(end))) {
      found.push({ word: candidate, frequency: vocabulary.frequency[index] ?? 0 });
    }
  });
  return found
    .sort((a, b) => b.frequency - a.frequency || a.word.localeCompare(b.word))
    .slice(0, MAX_TAILS)
    .map((tail) => tail.word);
}

/** The words of a query as Pagefind reads them: punctuation removed, split at spaces. */
export function queryWords(query: string): string[] {
  return normalizeWord(query)
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** A hyphen, as a reader types it between the parts of one word (`self-assessment`). */
const HYPHEN = /[-\u2010\u2011]/u;

/**
 * The words of a query to plan: as queryWords, but a word joined by a hyphen that the index
 * lacks whole (`self-assessment`: Pagefind has `selfscan` for `self-scan`, not this) while
 * it has each part, or a word each part begins, is its parts, each a word of the query. So
 * a page with one of them is still found when no page has both, as for any two words typed.
 */
export function readerWords(vocabulary: Vocabulary, query: string): string[] {
  return query.split(/\s+/).flatMap((token) => {
    const whole = queryWords(token);
    const [joined] = whole;
    if (whole.length !== 1 || !joined || !HYPHEN.test(token)) return whole;
    const parts = queryWords(token.split(HYPHEN).join(' '));
    const known = isIndexed(vocabulary, joined) || beginsIndexedWord(vocabulary, joined) || vocabulary.synonyms.has(joined);
    return !known && parts.length > 1 && parts.every((part) => beginsIndexedWord(vocabulary, part)) ? parts : whole;
  });
}

/**
 * The stop word a word no page has is a typo of (`wanner` for `wanneer`, `whta` for `what`),
 * if its nearest indexed word is one: a question word mistyped is still a question word, and
 * searched as its correction it would be required on every page.
 */
function mistypedStopWord(vocabulary: Vocabulary, word: string): string | undefined {
  if (vocabulary.stopWords.has(word) || beginsIndexedWord(vocabulary, word) || vocabulary.synonyms.has(word)) return undefined;
  const [nearest] = corrections(vocabulary, word);
  return nearest && vocabulary.stopWords.has(nearest) ? nearest : undefined;
}

/** The highest frequency among the indexed words that begin with `prefix`. */
function prefixFrequency(vocabulary: Vocabulary, prefix: string): number {
  let highest = -1;
  for (let index = lowerBound(vocabulary.words, prefix); (vocabulary.words[index] ?? '').startsWith(prefix); index += 1) {
    highest = Math.max(highest, vocabulary.frequency[index] ?? 0);
  }
  return highest;
}

/**
 * For a word that only begins rare indexed words: the nearest word that is far more
 * frequent, which the reader more likely meant (`strat`, the start of `strategy`, for
 * `start`). Searched beside the word, not instead of it. (A whole word, however rare, is
 * taken as typed: `Tata` is no typo of `data`.)
 */
function likelierWord(vocabulary: Vocabulary, word: string): string | undefined {
  if (word.length < MIN_CORRECTED) return undefined;
  const frequency = prefixFrequency(vocabulary, word);
  if (frequency > RARE) return undefined;
  const [nearest] = corrections(vocabulary, word);
  return nearest && frequencyOf(vocabulary, nearest) >= frequency + FAR_MORE ? nearest : undefined;
}

/**
 * Dutch verbs split in a question (`hoe zet ik een leergemeenschap op`, `wat levert het op`):
 * the verb with its particle, as the site writes it (`opzetten`, `oplevert`), where indexed.
 */
function separableVerbs(vocabulary: Vocabulary, word: string, particles: readonly string[]): string[] {
  // `levert` -> `lever` -> `leveren`; `zet` -> `zetten`.
  const stem = word.length > MIN_CORRECTED && word.endsWith('t') ? word.slice(0, -1) : word;
  const forms = new Set([word, stem, ...numberForms(stem, 'nl')]);
  return particles.flatMap((particle) => [...forms].map((form) => particle + form)).filter((verb) => isIndexed(vocabulary, verb));
}

/** The synonyms of a word, or of its plural or singular (`screenreaders`, `cost`). */
function synonymsOf(vocabulary: Vocabulary, word: string, lang: string): string[] {
  for (const form of [word, ...numberForms(word, lang)]) {
    const synonyms = vocabulary.synonyms.get(form);
    if (synonyms) return synonyms;
  }
  return [];
}

export function planQuery(vocabulary: Vocabulary, query: string, lang: string): QueryPlan {
  const plan: QueryPlan = { slots: [], corrections: [], synonyms: [], unknown: [], unchanged: false };
  // "Exact phrase" search is Pagefind's own: passed as typed.
  if (/^\s*".+"\s*$/.test(query)) return { ...plan, slots: [{ word: query, alternatives: [{ term: query, weight: 1 }] }], unchanged: true };
  const all = readerWords(vocabulary, query).map((word) => mistypedStopWord(vocabulary, word) ?? word);
  const content = all.filter((word) => !vocabulary.stopWords.has(word));
  const words = content.length > 0 ? content : all;
  const particles = lang === 'nl' && words.length > 1 ? all.filter((word) => PARTICLES.has(word)) : [];
  for (const word of words) {
    const alternatives: Alternative[] = [];
    const add = (term: string, weight: number) => {
      if (!alternatives.some((alternative) => alternative.term === term)) alternatives.push({ term, weight });
    };
    const correct = (correction: string) => {
      add(correction, CORRECTION);
      // As if typed right: `gidsn` -> `gidsen`, and `gids` as `gidsen` would find it.
      for (const form of numberForms(correction, lang)) if (isIndexed(vocabulary, form)) add(form, CORRECTION * FORM);
      if (!plan.corrections.some((known) => known.from === word)) plan.corrections.push({ from: word, to: correction });
    };
    const synonyms = synonymsOf(vocabulary, word, lang);
    if (/\p{N}/u.test(word) || isIndexed(vocabulary, word)) {
      add(word, 1);
      for (const form of numberForms(word, lang)) if (isIndexed(vocabulary, form)) add(form, FORM);
    } else if (beginsIndexedWord(vocabulary, word) || (synonyms.length === 0 && word.length < MIN_CORRECTED)) {
      add(word, 1);
      const likelier = likelierWord(vocabulary, word);
      if (likelier) correct(likelier);
    }
    for (const verb of particles.includes(word) ? [] : separableVerbs(vocabulary, word, particles)) add(verb, FORM);
    if (alternatives.length === 0 && synonyms.length === 0 && word.length >= MIN_CORRECTED) {
      // A word no page has: its plural or singular, the end of compounds, or a typo. The first
      // two are taken alone unless a word one typo away is at least as frequent: `anbod` is
      // `aanbod` mistyped more likely than the end of `leeraanbod`. Then they follow the
      // correction, as a guess too: `kringen` may be `krijgen` mistyped, but `kenniskringen`
      // is the page's word for it.
      const forms = numberForms(word, lang).filter((form) => isIndexed(vocabulary, form));
      const tails = forms.length > 0 ? [] : compoundsEndingWith(vocabulary, word, lang);
      const corrected = corrections(vocabulary, word).filter((correction) => !forms.includes(correction));
      const found = Math.max(-1, ...[...forms, ...tails].map((term) => frequencyOf(vocabulary, term)));
      const best = corrected[0];
      if (found >= 0 && !(best && frequencyOf(vocabulary, best) >= found)) {
        for (const form of forms) add(form, FORM);
        for (const compound of tails) add(compound, TAIL);
      } else {
        // All are guesses; a typo is likelier than a compound the site never writes, so it ranks first.
        for (const correction of corrected) correct(correction);
        for (const form of forms) add(form, CORRECTION * FORM);
        for (const compound of tails) add(compound, CORRECTION * TAIL);
        const split = splitIntoIndexedWords(vocabulary, word);
        if (split) add(split, SPLIT);
      }
    }
    for (const synonym of synonyms) {
      add(normalizeWord(synonym), SYNONYM);
      plan.synonyms.push(synonym);
    }
    if (alternatives.length > 0) plan.slots.push({ word, alternatives });
    else plan.unknown.push(word);
  }
  if (all.length > 1 && plan.unknown.length === 0 && plan.slots.length > 1)
    plan.phrase = all.map((word) => plan.corrections.find((correction) => correction.from === word)?.to ?? word).join(' ');
  const [only] = plan.slots;
  plan.unchanged = plan.slots.length === 1 && only?.alternatives.length === 1 && only.alternatives[0]?.term === normalizeWord(query.trim());
  return plan;
}
