import { getCollection } from 'astro:content';
import { locales, type Locale } from '../../kernel/i18n/locales.ts';
import { lastUpdated } from '../../kernel/build/git-dates.ts';
import { localizeEntries } from '../../kernel/routing/localized-urls.ts';
import { entryUrls } from '../../kernel/content/entry-urls.ts';
import { isoDate } from '../../kernel/i18n/dates.ts';

/** The licence under which the community data may be reused (stated in every export). */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Kennisbank Leergemeenschappen / Learning Communities Knowledge Base',
};

export interface CommunityRecord {
  id: string;
  kind: string;
  title_nl: string;
  title_en: string;
  summary_nl: string;
  summary_en: string;
  top_sectors: string;
  /** `stated`: a source names the sector; `domain`: this knowledge base placed it by domain; empty without a sector. */
  top_sector_basis: string;
  provinces: string;
  place: string;
  themes: string;
  partners: string;
  status: string;
  started: string;
  website: string;
  sources: string;
  url_nl: string;
  url_en: string;
  updated: string;
}

export const recordColumns: (keyof CommunityRecord)[] = [
  'id',
  'kind',
  'title_nl',
  'title_en',
  'summary_nl',
  'summary_en',
  'top_sectors',
  'top_sector_basis',
  'provinces',
  'place',
  'themes',
  'partners',
  'status',
  'started',
  'website',
  'sources',
  'url_nl',
  'url_en',
  'updated',
];

/** One flat record per community with both languages, for JSON and CSV. Lists use "; ". */
export async function communityRecords(site: URL | undefined): Promise<CommunityRecord[]> {
  const pages = localizeEntries(await getCollection('communities'));
  const urls = await entryUrls();
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const slugs = [...new Set(pages.map((page) => page.fileSlug))].sort();
  return slugs.map((slug) => {
    const version = Object.fromEntries(
      locales.map((lang) => [lang, pages.find((page) => page.fileSlug === slug && page.lang === lang)]),
    ) as Record<Locale, (typeof pages)[number]>;
    const data = version.nl.entry.data;
    const updated = Math.max(
      ...locales.map((lang) => lastUpdated(version[lang].entry.data.updated, version[lang].entry.filePath).getTime()),
    );
    return {
      id: slug,
      kind: data.kind,
      title_nl: version.nl.entry.data.title,
      title_en: version.en.entry.data.title,
      summary_nl: version.nl.entry.data.summary,
      summary_en: version.en.entry.data.summary,
      top_sectors: data.topSectors.join('; '),
      top_sector_basis: data.topSectors.length ? data.topSectorBasis : '',
      provinces: data.provinces.join('; '),
      place: data.place ?? '',
      themes: data.themes.join('; '),
      partners: data.partners.map((partner) => `${partner.name} (${partner.type})`).join('; '),
      status: data.status,
      started: data.started ? String(data.started) : '',
      website: data.website ?? '',
      sources: data.sources.map((source) => `${source.title} <${source.url}>`).join('; '),
      url_nl: absolute(urls.url('communities', 'nl', slug)),
      url_en: absolute(urls.url('communities', 'en', slug)),
      updated: isoDate(new Date(updated)),
    };
  });
}
