import { describe, expect, it } from 'vitest';
import { entryUrl, homeUrl, localizeEntries, pageUrl, parseEntryId, sectionUrl, urlSlug } from '../../src/kernel/routing/localized-urls.ts';

describe('localized URLs', () => {
  it('puts every page under its language with section names in that language', () => {
    expect(homeUrl('nl')).toBe('/nl/');
    expect(sectionUrl('communities', 'nl')).toBe('/nl/leergemeenschappen/');
    expect(sectionUrl('communities', 'en')).toBe('/en/communities/');
    expect(sectionUrl('glossary', 'nl')).toBe('/nl/begrippen/');
    expect(sectionUrl('search', 'en')).toBe('/en/search/');
    expect(entryUrl('communities', 'en', 'vitaal-in-brainport')).toBe('/en/communities/vitaal-in-brainport/');
    expect(entryUrl('guides', 'nl', 'van-wijk-naar-regio')).toBe('/nl/overdrachtsgidsen/van-wijk-naar-regio/');
    expect(pageUrl('en', 'about')).toBe('/en/about/');
  });

  it('publishes a chapter without its order prefix', () => {
    expect(urlSlug('positionPaper', '01-inleiding')).toBe('inleiding');
    expect(urlSlug('communities', '2020-lab')).toBe('2020-lab');
  });

  it('reads a content id as language and shared file name', () => {
    expect(parseEntryId('en/01-inleiding')).toEqual({ lang: 'en', fileSlug: '01-inleiding' });
    expect(() => parseEntryId('about')).toThrow(/language folder/);
    expect(() => parseEntryId('de/about')).toThrow(/language folder/);
  });
});

describe('localizeEntries', () => {
  const entries = [{ id: 'nl/a' }, { id: 'en/a' }, { id: 'nl/only-dutch' }, { id: 'en/only-english' }];
  const pages = localizeEntries(entries);
  const find = (lang: string, fileSlug: string) => pages.find((page) => page.lang === lang && page.fileSlug === fileSlug);

  it('makes one page per entry per language, dropping nothing', () => {
    expect(pages).toHaveLength(6);
  });

  it('marks an entry translated only when both languages have it', () => {
    expect(find('nl', 'a')).toMatchObject({ fallback: false, translated: true, entry: { id: 'nl/a' } });
    expect(find('en', 'a')).toMatchObject({ fallback: false, translated: true, entry: { id: 'en/a' } });
  });

  it('shows the other language where a translation is missing, marked as fallback', () => {
    expect(find('en', 'only-dutch')).toMatchObject({ fallback: true, entry: { id: 'nl/only-dutch' } });
    expect(find('nl', 'only-dutch')).toMatchObject({ fallback: false, translated: false });
    expect(find('nl', 'only-english')).toMatchObject({ fallback: true, entry: { id: 'en/only-english' } });
  });
});
