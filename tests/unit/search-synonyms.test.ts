import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { searchSynonymsSchema } from '../../src/kernel/schemas/search-synonyms.ts';

describe('the search synonyms file (content/search/synonyms.yaml)', () => {
  it('is valid as written', () => {
    const parsed = searchSynonymsSchema.safeParse(load(readFileSync('content/search/synonyms.yaml', 'utf8')));
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data?.nl['avg']).toEqual(['privacy']);
  });

  it('takes one lower-case word for the reader and one to five words of the site', () => {
    expect(searchSynonymsSchema.safeParse({ nl: { kosten: ['financiering'] }, en: {} }).success).toBe(true);
    const phrase = searchSynonymsSchema.safeParse({ nl: { 'AVG wet': ['privacy'] }, en: {} });
    expect(phrase.error?.issues[0]?.path).toEqual(['nl', 'AVG wet']);
    expect(phrase.error?.issues[0]?.message).toContain('"avgwet"');
    expect(searchSynonymsSchema.safeParse({ nl: { avg: [] }, en: {} }).success).toBe(false);
    expect(searchSynonymsSchema.safeParse({ nl: {}, en: {}, de: {} }).success).toBe(false);
  });
});
