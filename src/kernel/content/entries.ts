import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { otherLocale, type Locale } from '../i18n/locales.ts';
import { localizeEntries, pageUrl, type SectionCollection } from '../routing/localized-urls.ts';
import { entryUrls } from './entry-urls.ts';
import { perBuild } from './per-build.ts';

/** An entry of a collection with its own pages: the sections, and the standalone pages. */
export type TitledEntry = CollectionEntry<SectionCollection | 'pages'>;

/** An entry's title: a glossary term's `term`, every other entry's `title`. */
export function entryTitle(entry: TitledEntry): string {
  return entry.collection === 'glossary' ? entry.data.term : entry.data.title;
}

/**
 * An entry by its shared file name, in the language asked for, or in the other language
 * where it has no translation yet (the same rule the routes follow).
 */
export async function findLocalized<C extends SectionCollection>(collection: C, fileSlug: string, lang: Locale): Promise<CollectionEntry<C> | undefined> {
  // getEntry looks the id up; searching getCollection() would copy the whole collection for each reference.
  const own = (await getEntry(collection, `${lang}/${fileSlug}`)) as CollectionEntry<C> | undefined;
  return own ?? ((await getEntry(collection, `${otherLocale(lang)}/${fileSlug}`)) as CollectionEntry<C> | undefined);
}

/** Link texts and URLs for a list of references (file names), titled in the page's language where possible. */
export async function entryLinks(collection: SectionCollection, fileSlugs: readonly string[], lang: Locale): Promise<{ text: string; href: string }[]> {
  const urls = await entryUrls();
  return Promise.all(
    fileSlugs.map(async (slug) => {
      const entry = await findLocalized(collection, slug, lang);
      return { text: entry ? entryTitle(entry) : slug, href: urls.url(collection, lang, slug) };
    }),
  );
}

/** Every standalone page's address by its file name, per language; read once per build. */
const pageUrls = perBuild(async (lang: Locale) => {
  const urls = new Map<string, string>();
  for (const item of localizeEntries(await getCollection('pages'))) {
    if (item.lang === lang) urls.set(item.fileSlug, pageUrl(lang, item.entry.data.slug));
  }
  return urls;
});

/** The URL of a standalone page by its file name, in a language (footer links). */
export async function pageUrlById(fileSlug: string, lang: Locale): Promise<string | undefined> {
  return (await pageUrls(lang)).get(fileSlug);
}
