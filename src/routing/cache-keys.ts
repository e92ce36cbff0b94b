import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { getCollection, type CollectionKey } from 'astro:content';
import { historyState, lastCommitDate } from '../kernel/build/git-dates.ts';
import { editUrl, repositoryUrl } from '../kernel/build/repository.ts';
import { perBuild } from '../kernel/content/per-build.ts';
import { parseEntryId, type SectionCollection } from '../kernel/routing/localized-urls.ts';
import { dataCollections, entryCollections, taxonomyCollections } from '../kernel/schemas/collections.ts';
import type { Route } from './routes.ts';

/**
 * The keys of Astro's incremental build (experimental.incrementalBuild in astro.config.mjs).
 * A page whose key and code are the same as in the last build (kept in Astro's cacheDir) is
 * copied from there instead of rendered again. Astro itself compares the code every page
 * imports and the compiled text of every entry a page renders; what it cannot see is the
 * data a page reads, so the key holds all of that:
 *
 * - for every page: every entry's frontmatter and YAML data (titles, summaries, taxonomies,
 *   the self-scan: any page may list or link any entry), where each file lies, and the build
 *   settings a page shows (the repository's edit address, how much git history there is);
 * - for an entry's own page: its text and last commit in both languages (the English page
 *   takes its section ids and translation state from the Dutch file, and shows the Dutch text
 *   where it has none of its own);
 * - for every other page (home, lists, print version, self-scan, status): every entry's text
 *   and last commit, as these pages read them across entries (reading times, section titles,
 *   dates).
 *
 * So a changed text renders its entry's two pages and the pages across entries again, a
 * changed title every page. Whoever makes an entry's page read another entry's text or
 * date must add that here: the incremental build test (tests/content/fixture-build.test.ts)
 * compares an incremental rebuild with a clean one, byte for byte.
 */
export interface CacheKeys {
  /** The key of one route's page. */
  route(route: Route): string;
  /** The key of a page that shows only entries' data (a former address pointing on). */
  dataOnly: string;
}

export function cacheKeys(): Promise<CacheKeys> {
  return keysOnce('all');
}

const allCollections = [
  ...Object.keys(entryCollections),
  ...Object.keys(taxonomyCollections),
  ...Object.keys(dataCollections),
] as CollectionKey[];
const entryCollectionNames = new Set<string>(Object.keys(entryCollections));

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

const keysOnce = perBuild(async (_all: 'all'): Promise<CacheKeys> => {
  const data: string[] = [];
  /** Per `collection/fileSlug`: the text and last commit of both languages' files. */
  const families = new Map<string, string[]>();
  let history = 'none';
  for (const collection of allCollections) {
    for (const entry of await getCollection(collection)) {
      const filePath = 'filePath' in entry ? entry.filePath : undefined;
      data.push(JSON.stringify([collection, entry.id, filePath ?? null, entry.data]));
      if (!entryCollectionNames.has(collection)) continue;
      const { fileSlug } = parseEntryId(entry.id);
      const family = `${collection}/${fileSlug}`;
      const committed = filePath ? (lastCommitDate(filePath)?.toISOString() ?? '') : '';
      families.set(family, [...(families.get(family) ?? []), `${entry.id}\u0000${entry.digest ?? ''}\u0000${committed}`]);
      if (history === 'none' && filePath) history = historyState(dirname(resolve(filePath)));
    }
  }
  const repository = repositoryUrl();
  const settings = JSON.stringify([history, repository === undefined ? null : editUrl(repository, '')]);
  const dataKey = hash(settings, ...data.sort());
  const familyKey = new Map([...families].map(([family, versions]) => [family, hash(...versions.sort())]));
  const everything = hash(dataKey, ...[...familyKey].map(([family, key]) => `${family}\u0000${key}`).sort());
  const entryKey = (collection: SectionCollection | 'pages', fileSlug: string) =>
    hash(dataKey, familyKey.get(`${collection}/${fileSlug}`) ?? '');
  return {
    dataOnly: dataKey,
    route(route) {
      if (route.kind === 'entry') return entryKey(route.collection, route.item.fileSlug);
      if (route.kind === 'page') return entryKey('pages', route.item.fileSlug);
      return everything;
    },
  };
});
