import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { lastUpdated } from '../build/git-dates.ts';
import { localizeEntries } from '../routing/localized-urls.ts';
import { entryUrls } from './entry-urls.ts';
import { perBuild } from './per-build.ts';

/** A profile or guide with its own text in a language, and when it last changed. */
export interface RecentEntry {
  collection: 'communities' | 'guides';
  title: string;
  summary: string;
  url: string;
  updated: Date;
}

/**
 * The profiles and guides written in a language (no untranslated fallbacks), newest or most
 * recently changed first: what the feed lists and the home page shows the top of.
 */
export const recentEntries: (lang: Locale) => Promise<RecentEntry[]> = perBuild(async (lang: Locale) => {
  const [communities, guides, urls] = await Promise.all([getCollection('communities'), getCollection('guides'), entryUrls()]);
  const rows = [
    ...localizeEntries(communities).map((item) => ({ item, collection: 'communities' as const })),
    ...localizeEntries(guides).map((item) => ({ item, collection: 'guides' as const })),
  ]
    .filter(({ item }) => item.lang === lang && !item.fallback)
    .map(({ item, collection }) => ({
      collection,
      title: item.entry.data.title,
      summary: item.entry.data.summary,
      url: urls.url(collection, lang, item.fileSlug),
      updated: lastUpdated(item.entry.data.updated, item.entry.filePath),
    }));
  return rows.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.url.localeCompare(b.url));
});
