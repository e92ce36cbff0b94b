import { describe, expect, it } from 'vitest';
import {
  entryAddresses,
  entryUrl,
  homeUrl,
  localizeEntries,
  pageUrl,
  parseEntryId,
  sectionUrl,
  urlSlug,
} from '../../src/kernel/routing/localized-urls.ts';

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

describe('entryAddresses: where each entry is published, and the addresses that point on', () => {
  const chapters = [
    { id: 'nl/02-opzetten', data: {} },
    { id: 'en/02-opzetten', data: { slug: 'setting-up-a-learning-community' } },
    { id: 'nl/03-alleen-nederlands', data: {} },
  ];
  const addresses = entryAddresses('positionPaper', localizeEntries(chapters));
  const at = (lang: string, fileSlug: string) => addresses.find(({ item }) => item.lang === lang && item.fileSlug === fileSlug);

  it('publishes an English translation under its own slug, the address of its file name pointing on to it', () => {
    expect(at('en', '02-opzetten')).toMatchObject({
      url: '/en/position-paper/setting-up-a-learning-community/',
      bySlug: true,
      fileUrl: '/en/position-paper/opzetten/',
    });
  });

  it('keeps the Dutch file name, even where a Dutch file gives a slug', () => {
    const dutch = entryAddresses('guides', localizeEntries([{ id: 'nl/van-wijk-naar-regio', data: { slug: 'ergens-anders' } }]));
    expect(dutch.find(({ item }) => item.lang === 'nl')).toEqual(
      expect.objectContaining({ url: '/nl/overdrachtsgidsen/van-wijk-naar-regio/', bySlug: false }),
    );
    expect(at('nl', '02-opzetten')).toMatchObject({ url: '/nl/position-paper/opzetten/', bySlug: false });
    expect(at('nl', '02-opzetten')).not.toHaveProperty('fileUrl');
  });

  it('keeps the file name for an English page that shows the Dutch text', () => {
    expect(at('en', '03-alleen-nederlands')).toMatchObject({ url: '/en/position-paper/alleen-nederlands/', bySlug: false });
    expect(at('en', '03-alleen-nederlands')).not.toHaveProperty('fileUrl');
  });

  it('points nothing on where the English slug is the file name', () => {
    const [, english] = entryAddresses(
      'communities',
      localizeEntries([
        { id: 'nl/evolva', data: {} },
        { id: 'en/evolva', data: { slug: 'evolva' } },
      ]),
    );
    expect(english).toMatchObject({ url: '/en/communities/evolva/', bySlug: true });
    expect(english).not.toHaveProperty('fileUrl');
  });
});
