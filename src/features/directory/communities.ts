import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../kernel/i18n/locales.ts';
import { useTranslations, type UIKey } from '../../kernel/i18n/ui.ts';
import type { TaxonomyCollection } from '../../kernel/schemas/collections.ts';
import { filterKeys, offeredOptions, type FilterKey } from './community-filter.ts';
import type { LocalizedEntry } from '../../kernel/routing/localized-urls.ts';
import { entryUrls } from '../../kernel/content/entry-urls.ts';
import { perBuild } from '../../kernel/content/per-build.ts';
import { relatedFinder } from './related-communities.ts';
import { communityKinds, communityStatuses } from '../../kernel/schemas/community.ts';

export type CommunityEntry = CollectionEntry<'communities'>;

export interface DirectoryItem extends LocalizedEntry<CommunityEntry> {
  url: string;
  values: Record<FilterKey, string[]>;
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The values a community has for each filter of the directory. */
export function filterValues(data: CommunityEntry['data']): Record<FilterKey, string[]> {
  return {
    kind: [data.kind],
    sector: data.topSectors,
    province: data.provinces,
    theme: data.themes,
    partner: [...new Set(data.partners.map((partner) => partner.type))],
    status: [data.status],
  };
}

/** Every community in one language (with the other language's text where untranslated), by title; once per build. */
export const communityItems: (lang: Locale) => Promise<DirectoryItem[]> = perBuild(async (lang: Locale) => {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return (await entryUrls()).addresses.communities
    .filter(({ item }) => item.lang === lang)
    .map(({ item, url }) => ({ ...item, url, values: filterValues(item.entry.data) }))
    .sort((a, b) => collator.compare(a.entry.data.title, b.entry.data.title));
});

const taxonomyOf: Partial<Record<FilterKey, TaxonomyCollection>> = {
  sector: 'topSectors',
  province: 'provinces',
  theme: 'themes',
  partner: 'partnerTypes',
};

/**
 * The options of each filter, labelled in the page's language and in the taxonomy's
 * order. Only values that at least one community has are offered.
 */
export async function filterOptions(lang: Locale, items: readonly DirectoryItem[]): Promise<Record<FilterKey, FilterOption[]>> {
  const t = useTranslations(lang);
  const result = {} as Record<FilterKey, FilterOption[]>;
  for (const key of filterKeys) {
    const taxonomy = taxonomyOf[key];
    const all: FilterOption[] = taxonomy
      ? (await getCollection(taxonomy)).map((entry) => ({ value: entry.data.id, label: entry.data.label[lang] }))
      : key === 'kind'
        ? communityKinds.map((value) => ({ value, label: t(`kind.${value}` as UIKey) }))
        : communityStatuses.map((value) => ({ value, label: t(`status.${value}` as UIKey) }));
    result[key] = offeredOptions(all, items, key);
  }
  return result;
}

/** Per language, a finder of the communities related to one (by its file name); made once per build. */
export const relatedCommunitiesIn: (lang: Locale) => Promise<(fileSlug: string) => DirectoryItem[]> = perBuild(async (lang: Locale) => {
  const all = await communityItems(lang);
  const find = relatedFinder(all);
  const bySlug = new Map(all.map((item) => [item.fileSlug, item]));
  return (fileSlug: string) => {
    const item = bySlug.get(fileSlug);
    return item ? find(item) : [];
  };
});
