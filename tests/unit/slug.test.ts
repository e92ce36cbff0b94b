import { describe, expect, it } from 'vitest';
import { ENTRY_SLUG_MAX, isSlug, slugFromTitle, slugify, translationSlug } from '../../src/kernel/content/slug.ts';

describe('slugify: the one rule for file names and ids', () => {
  it('strips diacritics', () => {
    expect(slugify('Patiënten Lab')).toBe('patienten-lab');
    expect(slugify('Fryslân')).toBe('fryslan');
    expect(slugify('Café Crème à la carte')).toBe('cafe-creme-a-la-carte');
  });

  it('writes letters that have no separate diacritic as plain letters', () => {
    expect(slugify('Straße Œuvre Ærø Łódź')).toBe('strasse-oeuvre-aero-lodz');
  });

  it('handles text whose diacritics are already decomposed', () => {
    expect(slugify('Patie\u0308nten')).toBe('patienten');
  });

  it('makes spaces and punctuation one hyphen', () => {
    expect(slugify('Zorg & Welzijn in Fryslân: een proef!')).toBe('zorg-welzijn-in-fryslan-een-proef');
    expect(slugify('wijk_naar/regio.mdx')).toBe('wijk-naar-regio-mdx');
  });

  it('leaves no repeated hyphens and none at either end', () => {
    expect(slugify('van--wijk  -  naar---regio')).toBe('van-wijk-naar-regio');
    expect(slugify('  -Hallo wereld!- ')).toBe('hallo-wereld');
  });

  it('returns an already valid slug unchanged', () => {
    for (const slug of ['vitaal-in-brainport', '06-leernetwerk-zorg-noord', 'a', '2024']) expect(slugify(slug)).toBe(slug);
  });

  it('gives an empty string for text without letters or digits', () => {
    expect(slugify('!?  —')).toBe('');
  });

  it('always gives a valid slug (or nothing), and the same slug again when applied twice', () => {
    for (const text of ['Mijn Term', 'İstanbul', 'ÉÉN—twee', '  ', 'Vitaal in Brainport!', 'x_y_z']) {
      const slug = slugify(text);
      expect(slug === '' || isSlug(slug), `${text} -> ${slug}`).toBe(true);
      expect(slugify(slug)).toBe(slug);
    }
  });
});

describe('isSlug', () => {
  it('accepts lower-case letters, digits and single hyphens only', () => {
    expect(isSlug('vitaal-in-brainport')).toBe(true);
    for (const text of ['Mijn-term', 'mijn term', 'mijn--term', '-mijn', 'mijn-', 'patiënten', '']) expect(isSlug(text), text).toBe(false);
  });
});

describe('slugFromTitle: an English address from an English title', () => {
  it('leaves out parts in brackets: an abbreviation or the Dutch word', () => {
    expect(slugFromTitle('Testing ground (proeftuin)')).toBe('testing-ground');
    expect(slugFromTitle('Centre for Innovative Craftsmanship (CIV)')).toBe('centre-for-innovative-craftsmanship');
  });

  it("keeps the brackets' text where nothing else is left", () => {
    expect(slugFromTitle('(CIV)')).toBe('civ');
  });

  it('cuts a long title after its last whole word within the limit', () => {
    const slug = slugFromTitle('Experts by experience teach professionals what is needed locally');
    expect(slug).toBe('experts-by-experience-teach-professionals-what-is-needed');
    expect(slug.length).toBeLessThanOrEqual(ENTRY_SLUG_MAX);
    expect(slugFromTitle('x'.repeat(70))).toBe('x'.repeat(ENTRY_SLUG_MAX));
    expect(slugFromTitle(`${'a'.repeat(59)} bc`)).toBe('a'.repeat(59));
  });
});

describe('translationSlug: the slug written once into an English file', () => {
  it('is the slug of the English title where it is a translation', () => {
    expect(translationSlug('Setting up a learning community', 'Een leergemeenschap opzetten', 'opzetten')).toBe(
      'setting-up-a-learning-community',
    );
  });

  it('is the file name where the English title is the Dutch name itself', () => {
    expect(translationSlug('Hydrogen Lab', 'Hydrogen Lab', 'hydrogen-lab-zeeland')).toBe('hydrogen-lab-zeeland');
    expect(translationSlug('Hydrogen Lab', undefined, 'hydrogen-lab-zeeland')).toBe('hydrogen-lab');
  });
});
