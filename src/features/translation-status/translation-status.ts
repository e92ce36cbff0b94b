import { getCollection, type CollectionEntry } from 'astro:content';
import { dirname, resolve } from 'node:path';
import type { Locale } from '../../kernel/i18n/locales.ts';
import { historyState, lastCommitDate, type HistoryState } from '../../kernel/build/git-dates.ts';
import { collectionSections, pageUrl, parseEntryId, type SectionCollection } from '../../kernel/routing/localized-urls.ts';
import { entryUrls, type EntryUrls } from '../../kernel/content/entry-urls.ts';
import { perBuild } from '../../kernel/content/per-build.ts';
import { entryTitle } from '../../kernel/content/entries.ts';

export type TranslationState = 'translated' | 'missing' | 'outdated';

/**
 * A translation is outdated when the Dutch source was committed after the translation
 * last was. Without history for either file nothing can be said, and it counts as translated.
 */
export function translationState(source: Date | undefined, translation: Date | undefined, bothExist: boolean): TranslationState {
  if (!bothExist) return 'missing';
  return source && translation && source.getTime() > translation.getTime() ? 'outdated' : 'translated';
}

type AnyEntry = CollectionEntry<SectionCollection> | CollectionEntry<'pages'>;

export interface StatusRow {
  collection: SectionCollection | 'pages';
  fileSlug: string;
  title: Partial<Record<Locale, string>>;
  url: Partial<Record<Locale, string>>;
  changed: Partial<Record<Locale, Date>>;
  state: TranslationState;
  /** Which language is missing, when one is. */
  missing?: Locale;
}

function urlOf(urls: EntryUrls, collection: SectionCollection | 'pages', entry: AnyEntry, lang: Locale, fileSlug: string): string {
  return collection === 'pages' ? pageUrl(lang, (entry as CollectionEntry<'pages'>).data.slug) : urls.url(collection, lang, fileSlug);
}

interface TranslationStatus {
  rows: StatusRow[];
  history: HistoryState;
  /** The rows by `collection/fileSlug`, for the notice on each page. */
  byEntry: Map<string, StatusRow>;
}

/** Every entry of every collection with its translation state, for the status page and notices. */
export function translationStatus(): Promise<TranslationStatus> {
  // Once per build: every English page asks for its own row.
  return statusOnce(undefined);
}

const statusOnce = perBuild(computeStatus);

async function computeStatus(): Promise<TranslationStatus> {
  const rows: StatusRow[] = [];
  let history: HistoryState = 'none';
  const urls = await entryUrls();
  for (const collection of [...(Object.keys(collectionSections) as SectionCollection[]), 'pages' as const]) {
    const entries = (await getCollection(collection)) as AnyEntry[];
    const bySlug = new Map<string, Partial<Record<Locale, AnyEntry>>>();
    for (const entry of entries) {
      const { lang, fileSlug } = parseEntryId(entry.id);
      bySlug.set(fileSlug, { ...bySlug.get(fileSlug), [lang]: entry });
      if (history === 'none' && entry.filePath) history = historyState(dirname(resolve(entry.filePath)));
    }
    for (const [fileSlug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
      const row: StatusRow = { collection, fileSlug, title: {}, url: {}, changed: {}, state: 'missing' };
      for (const lang of ['nl', 'en'] as const) {
        const entry = versions[lang];
        if (!entry) {
          row.missing = lang;
          continue;
        }
        row.title[lang] = entryTitle(entry);
        row.url[lang] = urlOf(urls, collection, entry, lang, fileSlug);
        const changed = entry.filePath ? lastCommitDate(entry.filePath) : undefined;
        if (changed) row.changed[lang] = changed;
      }
      row.state = translationState(row.changed.nl, row.changed.en, Boolean(versions.nl && versions.en));
      rows.push(row);
    }
  }
  return { rows, history, byEntry: new Map(rows.map((row) => [`${row.collection}/${row.fileSlug}`, row])) };
}

/** The state of one entry's English translation, for the notice on its page. */
export async function outdatedTranslation(collection: SectionCollection | 'pages', fileSlug: string): Promise<StatusRow | undefined> {
  const row = (await translationStatus()).byEntry.get(`${collection}/${fileSlug}`);
  return row?.state === 'outdated' ? row : undefined;
}
