import { describe, expect, it } from 'vitest';
import {
  compoundsEndingWith,
  corrections,
  editDistance,
  numberForms,
  planQuery,
  queryWords,
  readerWords,
  splitIntoIndexedWords,
} from '../../src/features/search/query-plan.ts';
import {
  decodeVocabulary,
  encodeWords,
  indexedWords,
  normalizeWord,
  type Vocabulary,
} from '../../src/features/search/search-vocabulary.ts';
import { stopWords } from '../../src/features/search/stop-words.ts';

const messages = { corrected: 'C {{words}}', synonyms: 'S {{words}}', unknown: 'U {{words}}', partial: 'P', fewComplete: 'F' };

/** A vocabulary from words and the number of pages using each. */
function vocabulary(lang: 'nl' | 'en', pages: Record<string, number>, synonyms: Record<string, string[]> = {}): Vocabulary {
  return decodeVocabulary({
    words: encodeWords(new Map(Object.entries(pages))),
    stopWords: [...(stopWords[lang] ?? [])],
    synonyms,
    messages,
  });
}

const dutch = vocabulary(
  'nl',
  {
    leergemeenschap: 40,
    leergemeenschappen: 60,
    gemeenschap: 30,
    gids: 12,
    gidsen: 3,
    overdrachtsgidsen: 5,
    toegankelijkheid: 4,
    toegankelijk: 6,
    start: 9,
    starten: 4,
    duurzaamheidsfabriek: 2,
    beroepscompetentieprofiel: 1,
    competentie: 2,
    profiel: 6,
    zorg: 50,
    zorgorganisaties: 8,
    privacy: 3,
    accessibility: 1,
    zorgen: 2,
    aanbod: 6,
    leeraanbod: 2,
    krijgen: 30,
    kenniskringen: 1,
    verschil: 3,
    tussen: 25,
    fieldlab: 12,
    zelfscan: 3,
    wanneer: 20,
    leerbedrijven: 1,
    leerwerkcommunities: 2,
    oplevert: 5,
    betalen: 3,
    schermlezer: 2,
  },
  { avg: ['privacy'], screenreader: ['schermlezer'], enquête: ['actiescan'] },
);

const english = vocabulary('en', {
  community: 30,
  communities: 50,
  guide: 10,
  guides: 8,
  accessibility: 4,
  start: 20,
  started: 2,
  strategy: 1,
  pilot: 12,
  plot: 1,
  many: 20,
  what: 40,
  top: 30,
  sector: 25,
  sectors: 20,
  self: 4,
  scan: 6,
  selfscan: 4,
  assessment: 2,
});

/** The terms a query's slots search, per slot. */
const terms = (plan: ReturnType<typeof planQuery>) => plan.slots.map((slot) => slot.alternatives.map((alternative) => alternative.term));

describe('the search vocabulary file', () => {
  it('decodes to the sorted words it encoded, with their frequency as a power of two', () => {
    const decoded = vocabulary('nl', { zorg: 50, zorgen: 2, a: 1, leer: 3 });
    expect(decoded.words).toEqual(['a', 'leer', 'zorg', 'zorgen']);
    expect([...decoded.frequency]).toEqual([0, 1, 5, 1]);
  });

  it('has the words Pagefind indexes, words joined by a hyphen or apostrophe also whole', () => {
    expect(indexedWords("De self-scan, MBO-Zorg^innovatie^netwerk en regio's (https://groz.nl/labs).")).toEqual([
      'de',
      'self',
      'scan',
      'selfscan',
      'mbo',
      'zorg',
      'innovatie',
      'netwerk',
      'mbozorginnovatienetwerk',
      'en',
      'regio',
      's',
      'regios',
      'https',
      'groz',
      'nl',
      'labs',
    ]);
  });

  it('compares words as Pagefind does: lower case, diacritics removed', () => {
    expect(normalizeWord('Coördinatoren')).toBe('coordinatoren');
    expect(queryWords('Hoe start ik een Leer-gemeenschap?')).toEqual(['hoe', 'start', 'ik', 'een', 'leergemeenschap']);
  });
});

describe('typo correction', () => {
  it('counts a swap of two letters as one edit, and stops past the limit', () => {
    expect(editDistance('leergemeenschpa', 'leergemeenschap', 2)).toBe(1);
    expect(editDistance('comunity', 'community', 2)).toBe(1);
    expect(editDistance('zorg', 'privacy', 2)).toBe(3);
  });

  it('corrects to the nearest indexed word, the most frequent of equals first', () => {
    expect(corrections(dutch, 'toegankelijkhied')).toEqual(['toegankelijkheid']);
    expect(corrections(english, 'comunity')[0]).toBe('community');
    // One edit for short words: two letters wrong in a six-letter word is no correction.
    expect(corrections(dutch, 'prifasy')).toEqual([]);
  });

  it('says what it corrected, searches the correction, and never shortens an unknown word', () => {
    const plan = planQuery(dutch, 'leergemeenschpa', 'nl');
    expect(plan.corrections).toEqual([{ from: 'leergemeenschpa', to: 'leergemeenschap' }]);
    expect(plan.slots[0]?.alternatives.map((alternative) => alternative.term)).toContain('leergemeenschap');
    const nothing = planQuery(english, 'xqzwv', 'en');
    expect(nothing.slots).toEqual([]);
    expect(nothing.unknown).toEqual(['xqzwv']);
  });

  it('never corrects a word that begins indexed words: the reader may still be typing', () => {
    const plan = planQuery(dutch, 'toegankelijkh', 'nl');
    expect(plan.corrections).toEqual([]);
    expect(plan.unchanged).toBe(true);
  });

  it('also searches a far more frequent word one typo away from the start of rare words only', () => {
    expect(terms(planQuery(english, 'strat', 'en'))).toEqual([['strat', 'start']]);
    // A whole word is taken as typed, however rare.
    expect(terms(planQuery(english, 'plot', 'en'))).toEqual([['plot']]);
  });

  it('takes a typo of a frequent word over the end of rarer compounds, which follow it', () => {
    const plan = planQuery(dutch, 'anbod', 'nl');
    expect(plan.slots[0]?.alternatives).toEqual([
      { term: 'aanbod', weight: 0.8 },
      { term: 'leeraanbod', weight: expect.closeTo(0.72) as number },
    ]);
    expect(plan.corrections).toEqual([{ from: 'anbod', to: 'aanbod' }]);
    // A whole word the site writes only in compounds: `kenniskringen`, though `krijgen` is one typo away.
    expect(terms(planQuery(dutch, 'kringen', 'nl'))).toEqual([['krijgen', 'kenniskringen']]);
  });

  it('searches the corrected word with its plural or singular, as if typed right', () => {
    expect(terms(planQuery(dutch, 'gidsne', 'nl'))).toEqual([['gidsen', 'gids']]);
  });
});

describe('questions and long queries', () => {
  it('leaves out stop words, unless nothing else is left', () => {
    expect(planQuery(dutch, 'hoe start ik een leergemeenschap', 'nl').slots.map((slot) => slot.word)).toEqual(['start', 'leergemeenschap']);
    expect(planQuery(english, 'how do I start a community', 'en').slots.map((slot) => slot.word)).toEqual(['start', 'community']);
    expect(planQuery(english, 'the', 'en').slots.map((slot) => slot.word)).toEqual(['the']);
  });

  it('leaves out the prepositions and quantities of a question, which name no subject', () => {
    expect(planQuery(english, 'how many top sectors are there', 'en').slots.map((slot) => slot.word)).toEqual(['top', 'sectors']);
    expect(planQuery(dutch, 'wat is het verschil tussen een fieldlab en een leergemeenschap', 'nl').slots.map((slot) => slot.word)).toEqual(
      ['verschil', 'fieldlab', 'leergemeenschap'],
    );
  });

  it('leaves out a mistyped stop word, which searched as corrected every page would need', () => {
    const plan = planQuery(dutch, 'wanner start de duurzaamheidsfabriek', 'nl');
    expect(plan.slots.map((slot) => slot.word)).toEqual(['start', 'duurzaamheidsfabriek']);
    expect(plan.corrections).toEqual([]);
    expect(planQuery(english, 'whta is a pilot community', 'en').phrase).toBe('what is a pilot community');
    // A question word that joins others: `waarmee`, as `hoe`.
    expect(planQuery(dutch, 'waarmee start een leergemeenschap', 'nl').slots.map((slot) => slot.word)).toEqual([
      'start',
      'leergemeenschap',
    ]);
  });

  it('keeps the words of a longer query in the order typed, stop words too and typos corrected', () => {
    expect(planQuery(english, 'comunity of pilot', 'en').phrase).toBe('community of pilot');
    // One word, or a word no page has: no phrase to look for.
    expect(planQuery(english, 'the community', 'en').phrase).toBeUndefined();
    expect(planQuery(english, 'community xqzwv', 'en').phrase).toBeUndefined();
  });

  it('searches the parts of a hyphenated word the index lacks whole, as words of their own', () => {
    expect(readerWords(english, 'self-assessment tool')).toEqual(['self', 'assessment', 'tool']);
    // Whole where the index has it, as Pagefind indexes `self-scan`; whole where a part is
    // unknown, so a typo is corrected in the whole word.
    expect(readerWords(english, 'Self-scan')).toEqual(['selfscan']);
    expect(readerWords(dutch, 'leer-gemeenschpa')).toEqual(['leergemeenschpa']);
    expect(terms(planQuery(english, 'self-assessment', 'en'))).toEqual([['self'], ['assessment']]);
  });
});

describe('plurals, compounds and synonyms', () => {
  it('searches the plural or singular the index has', () => {
    expect(numberForms('gidsen', 'nl')).toContain('gids');
    expect(numberForms('gemeenschappen', 'nl')).toContain('gemeenschap');
    expect(numberForms('straat', 'nl')).toContain('straten');
    expect(numberForms('community', 'en')).toContain('communities');
    const plan = planQuery(dutch, 'gidsen', 'nl');
    expect(plan.slots[0]?.alternatives.map((alternative) => alternative.term)).toEqual(['gidsen', 'gids']);
  });

  it('searches the plural or singular of a word the index lacks, English loanwords in Dutch too', () => {
    expect(numberForms('community', 'nl')).toContain('communities');
    expect(terms(planQuery(dutch, 'leerbedrijf', 'nl'))).toEqual([['leerbedrijven']]);
    expect(terms(planQuery(dutch, 'leerwerkcommunity', 'nl'))).toEqual([['leerwerkcommunities']]);
  });

  it('joins a Dutch verb and the particle a question splits from it', () => {
    expect(terms(planQuery(dutch, 'wat levert een leergemeenschap op', 'nl'))).toEqual([
      ['oplevert'],
      ['leergemeenschap', 'leergemeenschappen'],
    ]);
  });

  it('finds a word the site writes only at the end of compounds', () => {
    expect(compoundsEndingWith(dutch, 'fabriek', 'nl')).toEqual(['duurzaamheidsfabriek']);
    expect(compoundsEndingWith(dutch, 'competentieprofiel', 'nl')).toEqual(['beroepscompetentieprofiel']);
    expect(planQuery(dutch, 'fabrieken', 'nl').slots[0]?.alternatives.map((alternative) => alternative.term)).toEqual([
      'duurzaamheidsfabriek',
    ]);
  });

  it('splits a compound the site never writes into indexed words', () => {
    expect(splitIntoIndexedWords(dutch, 'profielcompetentie')).toBe('profiel competentie');
    expect(splitIntoIndexedWords(dutch, 'zorgsprofiel')).toBe('zorg profiel');
    expect(splitIntoIndexedWords(dutch, 'zorgxprofiel')).toBeUndefined();
  });

  it("adds the site's words for a reader's word from the synonyms file, and says so", () => {
    const plan = planQuery(dutch, 'AVG', 'nl');
    expect(plan.slots[0]?.alternatives.map((alternative) => alternative.term)).toEqual(['privacy']);
    expect(plan.synonyms).toEqual(['privacy']);
    expect(plan.unchanged).toBe(false);
  });

  it('finds the synonyms of a plural or singular, and of a word typed without its diacritics', () => {
    expect(terms(planQuery(dutch, 'screenreaders', 'nl'))).toEqual([['schermlezer']]);
    expect(terms(planQuery(dutch, 'enquete', 'nl'))).toEqual([['actiescan']]);
  });
});
