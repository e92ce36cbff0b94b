/**
 * Dutch writes compounds as one word: `leergemeenschappen`, `zorgorganisaties`. Pagefind
 * matches a query word against whole words (and as a prefix), so `zorg` finds
 * `zorgorganisaties` but `gemeenschap` does not find `leergemeenschappen`. Pagefind does
 * index the parts of a word joined by punctuation (`zorg-organisaties`) as well as the whole
 * word, so the build joins the parts of each Dutch compound with COMPOUND_SEAM in the copy
 * of each page it gives Pagefind, and the result templates remove the seam from excerpts.
 * The reader's page is never changed. (Pagefind 1.6 does not split at a soft hyphen or a
 * zero-width space; an ASCII punctuation mark is what it splits at.)
 *
 * Where the seams are comes from the site's own words: a word splits into parts only when
 * every part is itself a word the site uses on its own, or a plural, inflected or linking
 * form of one (`gemeenschappen`, `ervarings`, `leer` from `leren`), with exceptions for
 * parts the site never uses alone (see buildLexicon and isFirstPartOfLongWord): a family of
 * compounds that share the part, and the words of a Dutch dictionary (Hunspell's, read at
 * build time only) of DICTIONARY_PART letters or more, so that `fabriek` is found in
 * `duurzaamheidsfabriek` and `competentie` in `beroepscompetentieprofiel`. A new word on the
 * site teaches the splitter a new part.
 */

/**
 * The mark between the parts of a compound in the indexed copy: ASCII punctuation, so
 * Pagefind splits there, and a character Dutch prose does not use inside words.
 */
export const COMPOUND_SEAM = '^';

/** The shortest part worth indexing: `leer`, `zorg`, `wijk`. Shorter parts split words wrongly. */
const MIN_PART = 4;

/** The shortest part accepted on the evidence of its family of forms alone (see buildLexicon). */
const FAMILY_PART = 6;
const FAMILY_SIZE = 3;

/**
 * The shortest dictionary word accepted as a part the site never writes alone. Shorter
 * dictionary words (`heid`, `lingen`, `smaken`) are mostly the ends of longer words, and
 * splitting there would make their queries return unrelated pages.
 */
export const DICTIONARY_PART = 7;

/**
 * The words each lexicon took from the dictionary alone, not from the site: such a word is a
 * part only after a known first part, never the long rest that lets an unknown first part
 * count (isFirstPartOfLongWord), or `verbeteringen` would split as `verbe^teringen`.
 */
const fromDictionaryOnly = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** A known last part this long may follow a first part the site does not use alone. */
const LONG_PART = 8;

/**
 * Function words that begin many compounds (`onder` in onderwijs, `voor` in voorbeeld,
 * `samen` in samenwerking). As parts they would make a query for `wijs` or `werking` return
 * every page about education or cooperation; Pagefind's prefix matching already finds the
 * compound from its first part.
 */
const FUNCTION_WORDS = new Set([
  'aan',
  'achter',
  'binnen',
  'boven',
  'buiten',
  'door',
  'langs',
  'mede',
  'naar',
  'naast',
  'onder',
  'over',
  'rond',
  'rondom',
  'samen',
  'sinds',
  'tegen',
  'tegenover',
  'tussen',
  'vanuit',
  'voor',
  'zonder',
  'terug',
  'verder',
  'weer',
  'deze',
  'die',
  'dit',
  'dat',
  'zijn',
  'haar',
  'hun',
  'hebben',
  'heeft',
  'worden',
  'wordt',
  'werd',
  'kunnen',
  'moeten',
  'zullen',
  'alle',
  'andere',
  'eigen',
  'meer',
  'veel',
  'niet',
  'ook',
  'maar',
  'want',
  'waar',
  'wanneer',
  'welke',
  'omdat',
  'zodat',
  'hier',
  'daar',
  'toch',
  'zelf',
  'elke',
  'ieder',
  'geen',
  'heel',
  'even',
  'echt',
  'weg',
  'bijna',
  'vooral',
  'steeds',
  'altijd',
  'nooit',
  'soms',
  'vaak',
]);

/** The words of a text, lower case; a word is a run of letters (diacritics included). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
}

/** Adjective endings that are also words (belang-rijk, kosteloos, zicht-baar): never a last part. */
const SUFFIX_WORDS = new Set([
  'rijk',
  'rijke',
  'loos',
  'loze',
  'baar',
  'bare',
  'achtig',
  'achtige',
  'matig',
  'matige',
  'vormig',
  'vormige',
  'schappen',
  'schappelijk',
  'schappelijke',
]);

const VOWELS = 'aeiouy';
const isVowel = (character: string | undefined) => character !== undefined && VOWELS.includes(character);

/**
 * A word and its likely bases: for a plural or inflected form (gemeenschappen ->
 * gemeenschap, organisaties -> organisatie, categorieën -> categorie, straten -> straat,
 * huizen -> huis), for a verb (leren -> leer), and for a part that ends in a linking sound
 * (ervarings -> ervaring, patiënten -> patiënt). Over-generating is mostly harmless: a wrong
 * base is simply not in the lexicon.
 */
export function baseForms(word: string): string[] {
  const forms = [word];
  const stems: string[] = [];
  if (word.endsWith('ën')) stems.push(word.slice(0, -2), `${word.slice(0, -2)}e`);
  if (word.endsWith('en')) stems.push(word.slice(0, -2));
  if (word.endsWith('s')) stems.push(word.slice(0, -1));
  if (word.endsWith('e')) stems.push(word.slice(0, -1));
  for (const stem of stems) {
    forms.push(stem);
    const last = stem.at(-1);
    const before = stem.at(-2);
    // gemeenschapp -> gemeenschap: the consonant doubled before -en.
    if (last && last === before && !isVowel(last)) forms.push(stem.slice(0, -1));
    // huiz -> huis, brieven -> brief: voiced before -en.
    if (last === 'z') forms.push(`${stem.slice(0, -1)}s`);
    if (last === 'v') forms.push(`${stem.slice(0, -1)}f`);
    // strat -> straat: an open syllable wrote one vowel where the base writes two.
    if (last && !isVowel(last) && isVowel(before) && !isVowel(stem.at(-3))) {
      forms.push(`${stem.slice(0, -1)}${before}${last}`);
    }
  }
  return forms;
}

/**
 * The forms a part may take: every word of the site (four letters or more, function words
 * left out) with the bases baseForms gives it, so that `leren` makes `leer` known and
 * `gemeenschappen` makes `gemeenschap` known. A part is looked up the same way.
 *
 * Some parts the site never uses alone: it writes `ervaringsdeskundig(e)(n)`, never
 * `deskundige`. So a longer part (FAMILY_PART letters or more) also counts when it follows
 * a known first part in at least FAMILY_SIZE different words of the site: the family of
 * forms is the evidence that it is a word. A part that begins with a vowel does not count
 * this way, since that is where endings begin (`inhoud-elijke`, `aanpass-ingen`).
 */
export function buildLexicon(words: Iterable<string>, dictionary: Iterable<string> = []): Set<string> {
  const lexicon = new Set<string>();
  const distinct = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower.length < MIN_PART || FUNCTION_WORDS.has(lower)) continue;
    distinct.add(lower);
    for (const form of baseForms(lower)) {
      if (form.length >= MIN_PART && !FUNCTION_WORDS.has(form)) lexicon.add(form);
    }
  }
  const families = new Map<string, Set<string>>();
  for (const word of distinct) {
    // The longest known first part: `ervarings`, not `ervaring`, so the rest is `deskundige`.
    let seam = word.length - FAMILY_PART;
    while (seam >= MIN_PART && !isKnown(word.slice(0, seam), lexicon)) seam -= 1;
    if (seam < MIN_PART) continue;
    for (const form of baseForms(word.slice(seam))) {
      if (form.length < FAMILY_PART || isVowel(form[0]) || lexicon.has(form) || FUNCTION_WORDS.has(form)) continue;
      const members = families.get(form) ?? new Set<string>();
      members.add(word);
      families.set(form, members);
    }
  }
  for (const [form, members] of families) if (members.size >= FAMILY_SIZE) lexicon.add(form);
  const dictionaryOnly = new Set<string>();
  for (const word of dictionary) {
    if (word.length >= DICTIONARY_PART && !FUNCTION_WORDS.has(word) && !SUFFIX_WORDS.has(word) && !lexicon.has(word))
      dictionaryOnly.add(word);
  }
  for (const word of dictionaryOnly) lexicon.add(word);
  fromDictionaryOnly.set(lexicon, dictionaryOnly);
  return lexicon;
}

function isKnown(part: string, lexicon: ReadonlySet<string>): boolean {
  return part.length >= MIN_PART && baseForms(part).some((form) => lexicon.has(form));
}

/**
 * A first part the site never uses alone (`patiënten` in `patiëntenorganisaties`) is still
 * a part when all the rest is one known word of LONG_PART letters or more: such a long word
 * at the end of another word is almost always the end of a compound. Not after `-ge`, the
 * start of a past participle (`uitge-probeerd`).
 */
function isFirstPartOfLongWord(head: string, start: number, rest: string[], lexicon: ReadonlySet<string>): boolean {
  const last = rest[0] ?? '';
  const dictionaryOnly = fromDictionaryOnly.get(lexicon);
  const fromSite = !dictionaryOnly || baseForms(last).some((form) => lexicon.has(form) && !dictionaryOnly.has(form));
  return start === 0 && rest.length === 1 && last.length >= LONG_PART && fromSite && !FUNCTION_WORDS.has(head) && !head.endsWith('ge');
}

/**
 * The fewest known parts (at least two) that make up a word, or undefined where it is not
 * a compound of the site's words. `leergemeenschappen` -> [leer, gemeenschappen].
 */
function twoOrMoreParts(word: string, lexicon: ReadonlySet<string>): string[] | undefined {
  const length = word.length;
  if (length < MIN_PART * 2) return undefined;
  // best[i]: the fewest parts covering word.slice(i) with a known final part.
  const best: (string[] | undefined)[] = new Array(length + 1).fill(undefined);
  for (let start = length - MIN_PART; start >= 0; start -= 1) {
    const rest = word.slice(start);
    if (start > 0 && !SUFFIX_WORDS.has(rest) && isKnown(rest, lexicon)) best[start] = [rest];
    for (let end = start + MIN_PART; end <= length - MIN_PART; end += 1) {
      const tail = best[end];
      if (!tail) continue;
      const head = word.slice(start, end);
      if (!isKnown(head, lexicon) && !isFirstPartOfLongWord(head, start, tail, lexicon)) continue;
      const candidate = [head, ...tail];
      const current = best[start];
      if (!current || candidate.length < current.length) best[start] = candidate;
    }
  }
  return best[0];
}

/**
 * Splits a word into the parts of its compound, each part split again where it is a
 * compound itself (`leergemeenschapsbegeleiders` -> leer, gemeenschaps, begeleiders), except
 * a last part that is a word of its own (`praktijkwerkplaats` -> praktijk, werkplaats).
 * Returns the parts in the word's own spelling, or undefined for a word that is no compound.
 */
export function splitCompound(word: string, lexicon: ReadonlySet<string>): string[] | undefined {
  const lower = word.toLowerCase();
  // Only plain lower-case letters, so positions in `lower` are positions in `word`.
  if (lower.length !== word.length || !/^\p{Ll}+$/u.test(lower)) return undefined;
  const parts = twoOrMoreParts(lower, lexicon);
  if (!parts) return undefined;
  // A last part that is a word itself stays whole (`praktijk^werkplaats`, so that `werkplaats`
  // finds it; Pagefind finds `werk` at its start). Other parts split again: the whole word's
  // start already finds a first part (`leer^gemeenschaps^begeleiders`).
  const last = parts.length - 1;
  const leaves = parts.flatMap(
    (part, index) => (index === last && isKnown(part, lexicon) ? undefined : twoOrMoreParts(part, lexicon)) ?? [part],
  );
  let offset = 0;
  return leaves.map((part) => {
    const original = word.slice(offset, offset + part.length);
    offset += part.length;
    return original;
  });
}

/** Splits words with a cache: a site repeats its words, and the split of each is fixed. */
export function compoundSplitter(lexicon: ReadonlySet<string>): (word: string) => string[] | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (word) => {
    if (!cache.has(word)) cache.set(word, splitCompound(word, lexicon));
    return cache.get(word);
  };
}

/** Puts COMPOUND_SEAM between the parts of every compound in a text. */
export function markCompounds(text: string, split: (word: string) => string[] | undefined): string {
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => split(word)?.join(COMPOUND_SEAM) ?? word);
}
