import { defaultLocale, locales, otherLocale, type Locale } from '../i18n/locales.ts';
import { communityGroupSegments, printSegment, sectionSegment, type CommunityGroup, type Section } from '../i18n/sections.ts';

/** Collections that have their own section (index page plus one page per entry). */
export const collectionSections = {
  positionPaper: 'positionPaper',
  communities: 'communities',
  guides: 'guides',
  glossary: 'glossary',
} as const satisfies Record<string, Section>;

export type SectionCollection = keyof typeof collectionSections;

/** `/`: the language choice, outside both languages. */
export const languageChoiceUrl = '/';

/** `/nl/` */
export function homeUrl(lang: Locale): string {
  return `/${lang}/`;
}

/** `/nl/leergemeenschappen/` */
export function sectionUrl(section: Section, lang: Locale): string {
  return `/${lang}/${sectionSegment(section, lang)}/`;
}

/** `/nl/leergemeenschappen/vitaal-in-brainport/` */
export function entryUrl(collection: SectionCollection, lang: Locale, slug: string): string {
  return `${sectionUrl(collectionSections[collection], lang)}${slug}/`;
}

/** `/nl/leergemeenschappen/topsector/life-sciences-health/` */
export function communityGroupUrl(group: CommunityGroup, lang: Locale, id: string): string {
  return `${sectionUrl('communities', lang)}${communityGroupSegments[group][lang]}/${id}/`;
}

/** `/nl/over/`: standalone pages sit directly under the language. */
export function pageUrl(lang: Locale, slug: string): string {
  return `/${lang}/${slug}/`;
}

/** Splits a content-layer id (`nl/01-inleiding`) into its language and file name. */
export function parseEntryId(id: string): { lang: Locale; fileSlug: string } {
  const [lang, ...rest] = id.split('/');
  const fileSlug = rest.join('/');
  if (!lang || !(locales as readonly string[]).includes(lang) || !fileSlug) {
    throw new Error(`Content id "${id}" is not "<nl|en>/<name>": move the file into a language folder.`);
  }
  return { lang: lang as Locale, fileSlug };
}

/** A chapter file `01-inleiding` is published as `inleiding`: the order lives in frontmatter. */
export function urlSlug(collection: SectionCollection, fileSlug: string): string {
  return collection === 'positionPaper' ? fileSlug.replace(/^\d+-/, '') : fileSlug;
}

export interface LocalizedEntry<T> {
  /** The language of the page that is generated. */
  lang: Locale;
  /** The file name shared by both languages. */
  fileSlug: string;
  /** The entry whose text is shown: this language's, or the other's where none exists. */
  entry: T;
  /** True when the text is the other language's, shown because no translation exists. */
  fallback: boolean;
  /** Whether the other language has its own text for this entry. */
  translated: boolean;
}

/**
 * One page per entry per language. Where an entry exists in one language only, the other
 * language still gets a page showing the available text, marked as a fallback, so that
 * every URL exists in both languages and no entry is dropped.
 */
export function localizeEntries<T extends { id: string }>(entries: readonly T[]): LocalizedEntry<T>[] {
  const byFile = new Map<string, Partial<Record<Locale, T>>>();
  for (const entry of entries) {
    const { lang, fileSlug } = parseEntryId(entry.id);
    byFile.set(fileSlug, { ...byFile.get(fileSlug), [lang]: entry });
  }
  const result: LocalizedEntry<T>[] = [];
  for (const [fileSlug, versions] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    for (const lang of locales) {
      const own = versions[lang];
      const other = versions[otherLocale(lang)];
      const entry = own ?? other;
      if (!entry) continue;
      result.push({ lang, fileSlug, entry, fallback: !own, translated: Boolean(own && other) });
    }
  }
  return result;
}

/**
 * The slug an entry's page takes from its own file, if any. Dutch, the default language,
 * publishes every entry under its file name (`urlSlug`). An English file gives its own
 * `slug`, made from its English title (validation asks for it: scripts/validation/check-urls.ts).
 * A page that shows the other language's text, because no translation exists yet, has no
 * file of its own and keeps the file name too.
 */
function ownSlug(item: LocalizedEntry<{ data: { slug?: string | undefined } }>): string | undefined {
  // Only a translation's data is read: Astro logs an error for every read of a `slug` that an entry lacks.
  return item.lang !== defaultLocale && !item.fallback ? item.entry.data.slug : undefined;
}

/** One entry's address in one language. */
export interface EntryAddress<T> {
  collection: SectionCollection;
  item: LocalizedEntry<T>;
  url: string;
  /** Whether `url` comes from the file's `slug` field (an English file) rather than its file name. */
  bySlug: boolean;
  /**
   * The address of the file name in this language where the entry's own address differs:
   * it was the entry's address before it got its own slug (or while it was untranslated),
   * so a small page there points on to `url`, and no other page may take it.
   */
  fileUrl?: string;
}

/**
 * The addresses of a collection's entries in every language, from `localizeEntries`: what the
 * routes publish, every link to an entry uses (src/kernel/content/entry-urls.ts), and
 * validation checks for collisions.
 */
export function entryAddresses<T extends { data: { slug?: string | undefined } }>(
  collection: SectionCollection,
  items: readonly LocalizedEntry<T>[],
): EntryAddress<T>[] {
  return items.map((item) => {
    const slug = ownSlug(item);
    const url = entryUrl(collection, item.lang, slug ?? urlSlug(collection, item.fileSlug));
    const fileUrl = entryUrl(collection, item.lang, urlSlug(collection, item.fileSlug));
    const address = { collection, item, url, bySlug: slug !== undefined };
    return fileUrl === url ? address : { ...address, fileUrl };
  });
}

/** The page with the whole position paper: `/nl/position-paper/afdrukken/`. */
export function printUrl(lang: Locale): string {
  return `${sectionUrl('positionPaper', lang)}${printSegment[lang]}/`;
}
