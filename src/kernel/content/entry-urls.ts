import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { collectionSections, entryAddresses, localizeEntries, type EntryAddress, type SectionCollection } from '../routing/localized-urls.ts';
import { perBuild } from './per-build.ts';

/** An address that moved: the page left there points on to `to`. */
export interface MovedAddress {
  lang: Locale;
  from: string;
  to: string;
  /** The entry at `to`, shown in the language of `lang`. */
  entry: CollectionEntry<SectionCollection>;
}

export interface EntryUrls {
  /** Every entry's address in every language, per collection, in file-name order. */
  addresses: { [C in SectionCollection]: EntryAddress<CollectionEntry<C>>[] };
  /** The address of an entry, named by its file name (as references name it), in a language. */
  url(collection: SectionCollection, lang: Locale, fileSlug: string): string;
  /** The former addresses (an entry's file name) that now point on to the entry's own address. */
  moved: MovedAddress[];
}

const key = (collection: SectionCollection, lang: Locale, fileSlug: string) => `${collection}/${lang}/${fileSlug}`;

/**
 * Where every entry of the sections is published, computed once per build: the one table that
 * the routes, the language switch, the sitemap, open data, the feed and every link to an entry
 * (terms, "see also", guides, the self-scan's advice) read, so that an English entry's own
 * slug reaches them all. References name entries by file name; this turns one into an address.
 */
export function entryUrls(): Promise<EntryUrls> {
  return tableOnce('all');
}

const tableOnce = perBuild(async (_all: 'all'): Promise<EntryUrls> => {
  const addresses = {} as EntryUrls['addresses'];
  const urls = new Map<string, string>();
  const moved: MovedAddress[] = [];
  for (const collection of Object.keys(collectionSections) as SectionCollection[]) {
    const list = entryAddresses(collection, localizeEntries(await getCollection(collection)));
    (addresses as Record<SectionCollection, EntryAddress<CollectionEntry<SectionCollection>>[]>)[collection] = list;
    for (const { item, url, fileUrl } of list) {
      urls.set(key(collection, item.lang, item.fileSlug), url);
      if (fileUrl) moved.push({ lang: item.lang, from: fileUrl, to: url, entry: item.entry });
    }
  }
  return {
    addresses,
    moved,
    url(collection, lang, fileSlug) {
      const url = urls.get(key(collection, lang, fileSlug));
      if (url === undefined) throw new Error(`A link names the ${collection} entry "${fileSlug}", which does not exist. Run \`npm run validate\` to see where.`);
      return url;
    },
  };
});
