import { describe, expect, it } from 'vitest';
import {
  COMPOUND_SEAM,
  baseForms,
  buildLexicon,
  compoundSplitter,
  markCompounds,
  splitCompound,
  wordsOf,
} from '../../src/features/search/compound-words.ts';
import { mapText, textOf } from '../../src/features/search/html-text.ts';

const siteText = `
  Een leergemeenschap is een gemeenschap van mensen die samen leren. Leergemeenschappen
  verbinden zorg en onderwijs. Zorgorganisaties werken met organisaties uit de wijk.
  Ervaringsdeskundigen delen hun ervaring als deskundige. Het onderzoek laat zien wat
  samenwerking oplevert. Patiëntenorganisaties spreken voor de patiënt. Begeleiders leren.
  Voorbeeld: een wijs besluit over het onderwijs.`;
const lexicon = buildLexicon(wordsOf(siteText));

describe('Dutch compound words', () => {
  it('splits a compound into parts the site uses on their own, plural parts included', () => {
    expect(splitCompound('leergemeenschappen', lexicon)).toEqual(['leer', 'gemeenschappen']);
    expect(splitCompound('zorgorganisaties', lexicon)).toEqual(['zorg', 'organisaties']);
    expect(splitCompound('Leergemeenschappen', lexicon)).toEqual(['Leer', 'gemeenschappen']);
  });

  it('allows a linking s or en between parts and keeps diacritics', () => {
    expect(splitCompound('ervaringsdeskundigen', lexicon)).toEqual(['ervarings', 'deskundigen']);
    expect(splitCompound('patiëntenorganisaties', lexicon)).toEqual(['patiënten', 'organisaties']);
  });

  it('splits the parts of a part: a compound inside a compound', () => {
    expect(splitCompound('leergemeenschapsbegeleiders', lexicon)).toEqual(['leer', 'gemeenschaps', 'begeleiders']);
  });

  it("leaves words alone that are no compound of the site's words", () => {
    expect(splitCompound('gemeenschap', lexicon)).toBeUndefined();
    expect(splitCompound('organisaties', lexicon)).toBeUndefined();
    expect(splitCompound('fieldlabs', lexicon)).toBeUndefined();
    expect(splitCompound('belangrijk', buildLexicon(['belang', 'rijk']))).toBeUndefined();
  });

  it('knows a part the site only uses inside compounds, from its family of forms', () => {
    const family = buildLexicon(wordsOf('De ervaring van een ervaringsdeskundige. Ervaringsdeskundigen zijn ervaringsdeskundig.'));
    expect(splitCompound('ervaringsdeskundigen', family)).toEqual(['ervarings', 'deskundigen']);
    // Two forms are no family yet, and an ending is no part: `aanpassingen` stays whole.
    expect(
      splitCompound('ervaringsdeskundigen', buildLexicon(wordsOf('ervaring, ervaringsdeskundige, ervaringsdeskundigen'))),
    ).toBeUndefined();
    expect(
      splitCompound('aanpassingen', buildLexicon(wordsOf('aanpassen, aanpassing, aanpassingen, oplossingen, verrassingen'))),
    ).toBeUndefined();
  });

  it('splits off a first part the site never uses alone when the rest is a long known word', () => {
    expect(lexicon.has('patiënten')).toBe(false);
    expect(splitCompound('cliëntenorganisaties', lexicon)).toEqual(['cliënten', 'organisaties']);
    expect(splitCompound('verandering', buildLexicon(['vera', 'ring', 'dering']))).toBeUndefined();
  });

  it('does not split off function words that start many words (onder-wijs, samen-werking)', () => {
    expect(lexicon.has('wijs')).toBe(true);
    expect(splitCompound('onderwijs', lexicon)).toBeUndefined();
    expect(splitCompound('samenwerking', lexicon)).toBeUndefined();
  });

  it('knows the base of plural and inflected forms', () => {
    expect(baseForms('gemeenschappen')).toContain('gemeenschap');
    expect(baseForms('organisaties')).toContain('organisatie');
    expect(baseForms('categorieën')).toContain('categorie');
    expect(baseForms('straten')).toContain('straat');
    expect(baseForms('huizen')).toContain('huis');
  });

  it('marks every seam in a text and changes nothing else', () => {
    const marked = markCompounds('Leergemeenschappen en zorgorganisaties, in de wijk.', compoundSplitter(lexicon));
    expect(marked).toBe(`Leer${COMPOUND_SEAM}gemeenschappen en zorg${COMPOUND_SEAM}organisaties, in de wijk.`);
    expect(marked.replaceAll(COMPOUND_SEAM, '')).toBe('Leergemeenschappen en zorgorganisaties, in de wijk.');
  });
});

describe('rewriting the text of HTML', () => {
  const html =
    '<!doctype html><html lang="nl"><head><title>Zorgorganisaties</title><script>const zorgorganisaties = "<b>";</script></head>' +
    '<body><h1 data-pagefind-meta="title:Zorgorganisaties &amp; meer" data-x=\'a>b\'>Zorgorganisaties &amp; leergemeenschappen</h1>' +
    '<!-- zorgorganisaties --><p>1 &lt; 2 zorgorganisaties</p><template><p>zorgorganisaties</p></template></body></html>';

  it('changes text only: not tags, attributes, comments, references, scripts or templates', () => {
    const changed = mapText(html, (text) => text.toUpperCase());
    expect(changed).toBe(
      html
        .replace('>Zorgorganisaties &amp; leergemeenschappen<', '>ZORGORGANISATIES &amp; LEERGEMEENSCHAPPEN<')
        .replace('>1 &lt; 2 zorgorganisaties<', '>1 &lt; 2 ZORGORGANISATIES<'),
    );
  });

  it('reads the visible text of a page', () => {
    expect(textOf(html)).toContain('leergemeenschappen');
    expect(textOf(html)).not.toContain('const');
  });
});

describe('Dutch compound words with a dictionary', () => {
  const words = wordsOf(
    'De duurzaamheid van de regio. Het profiel en de praktijk. Een werkplaats. Verbeteren en verbeteringen. Een praktijkwerkplaats.',
  );
  const dictionary = ['fabriek', 'competentie', 'teringen', 'lingen', 'werkplaats'];
  const withDictionary = buildLexicon(words, dictionary);

  it('splits off a part the site never writes alone when the dictionary knows it', () => {
    expect(splitCompound('duurzaamheidsfabriek', buildLexicon(words))).toBeUndefined();
    expect(splitCompound('duurzaamheidsfabriek', withDictionary)).toEqual(['duurzaamheids', 'fabriek']);
    expect(splitCompound('competentieprofiel', withDictionary)).toEqual(['competentie', 'profiel']);
  });

  it('keeps a part whole that is a word itself, so that it finds the compound', () => {
    expect(splitCompound('praktijkwerkplaats', withDictionary)).toEqual(['praktijk', 'werkplaats']);
  });

  it('takes no short dictionary word as a part, nor a dictionary word after an unknown start', () => {
    expect(splitCompound('leerlingen', withDictionary)).toBeUndefined();
    expect(splitCompound('verbeteringen', withDictionary)).toBeUndefined();
  });
});
