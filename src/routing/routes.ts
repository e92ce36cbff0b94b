import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, otherLocale, type Locale } from '../kernel/i18n/locales.ts';
import { communityGroupSegments, sectionSegment, type CommunityGroup, type Section } from '../kernel/i18n/sections.ts';
import { perBuild } from '../kernel/content/per-build.ts';
import { entryUrls, type MovedAddress } from '../kernel/content/entry-urls.ts';
import { communityItems } from '../features/directory/communities.ts';
import { usedValues } from '../features/directory/community-filter.ts';
import {
  collectionSections,
  communityGroupUrl,
  homeUrl,
  localizeEntries,
  pageUrl,
  printUrl,
  sectionUrl,
  type LocalizedEntry,
  type SectionCollection,
} from '../kernel/routing/localized-urls.ts';

/** Every page of the site, as data: the routes in src/pages only render these. */
interface RouteBase {
  lang: Locale;
  /** The URL path after `/<lang>/`, without slashes at the ends; undefined for the home page. */
  slug: string | undefined;
  /** Where the language switch leads: the counterpart page, or the section index. */
  alternateUrl: string;
  /** False when the switch leads to an index because no counterpart exists. */
  alternateExact: boolean;
}

export type SectionEntry<C extends SectionCollection = SectionCollection> = LocalizedEntry<CollectionEntry<C>> & {
  url: string;
};

export type Route =
  | (RouteBase & { kind: 'home' })
  | (RouteBase & { kind: 'search' })
  | (RouteBase & { kind: 'print' })
  | (RouteBase & { kind: 'figures' })
  | (RouteBase & { kind: 'translationStatus' })
  | (RouteBase & { kind: 'actionScan' })
  | (RouteBase & { kind: 'communityGroup'; group: CommunityGroup; id: string })
  | (RouteBase & { kind: 'section'; section: SectionCollection; entries: SectionEntry[] })
  | (RouteBase & { kind: 'entry'; collection: SectionCollection; item: SectionEntry })
  | (RouteBase & { kind: 'page'; item: LocalizedEntry<CollectionEntry<'pages'>> });

function trimSlashes(url: string, lang: Locale): string | undefined {
  const rest = url.slice(`/${lang}/`.length).replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}

/**
 * All routes of the site in both languages: the pages, the sitemap and the social images
 * read this one list, computed once per build.
 */
export async function getRoutes(): Promise<Route[]> {
  return (await routesOnce('all')).routes;
}

/**
 * The addresses entries no longer have (their file name, before their English slug): a small
 * page at each points on to the entry (src/pages/[lang]/[section]/[moved].astro). Not Routes:
 * they are no pages of the site's own, so the sitemap, search and social images leave them out.
 */
export async function getMovedAddresses(): Promise<MovedAddress[]> {
  return (await routesOnce('all')).moved;
}

const routesOnce = perBuild((_all: 'all') => computeRoutes());

async function computeRoutes(): Promise<{ routes: Route[]; moved: MovedAddress[] }> {
  const urls = await entryUrls();
  const routes: Route[] = [];
  for (const lang of locales) {
    const other = otherLocale(lang);
    routes.push({ kind: 'home', lang, slug: undefined, alternateUrl: homeUrl(other), alternateExact: true });
    const searchUrl = sectionUrl('search', lang);
    routes.push({
      kind: 'search',
      lang,
      slug: trimSlashes(searchUrl, lang),
      alternateUrl: sectionUrl('search', other),
      alternateExact: true,
    });
    routes.push({
      kind: 'translationStatus',
      lang,
      slug: sectionSegment('translationStatus', lang),
      alternateUrl: sectionUrl('translationStatus', other),
      alternateExact: true,
    });
    routes.push({
      kind: 'figures',
      lang,
      slug: sectionSegment('figures', lang),
      alternateUrl: sectionUrl('figures', other),
      alternateExact: true,
    });
    routes.push({
      kind: 'actionScan',
      lang,
      slug: sectionSegment('actionScan', lang),
      alternateUrl: sectionUrl('actionScan', other),
      alternateExact: true,
    });
    const communities = await communityItems(lang);
    for (const group of Object.keys(communityGroupSegments) as CommunityGroup[]) {
      const used = usedValues(communities, group === 'topSectors' ? 'sector' : 'province');
      for (const item of await getCollection(group)) {
        const id = item.data.id;
        // A sector or province no profile names gets no page: it would only say "none yet".
        if (!used.has(id)) continue;
        routes.push({
          kind: 'communityGroup',
          lang,
          slug: trimSlashes(communityGroupUrl(group, lang, id), lang),
          group,
          id,
          alternateUrl: communityGroupUrl(group, other, id),
          alternateExact: true,
        });
      }
    }
    routes.push({ kind: 'print', lang, slug: trimSlashes(printUrl(lang), lang), alternateUrl: printUrl(other), alternateExact: true });
  }

  for (const collection of Object.keys(collectionSections) as SectionCollection[]) {
    const section: Section = collectionSections[collection];
    const items: SectionEntry[] = urls.addresses[collection].map(({ item, url }) => ({ ...item, url }));
    for (const lang of locales) {
      const entries = items.filter((item) => item.lang === lang);
      routes.push({
        kind: 'section',
        lang,
        slug: sectionSegment(section, lang),
        section: collection,
        entries,
        alternateUrl: sectionUrl(section, otherLocale(lang)),
        alternateExact: true,
      });
    }
    for (const item of items) {
      const other = otherLocale(item.lang);
      // The switch leads to the counterpart only where the other language has its own text.
      const exact = item.fallback ? true : item.translated;
      const alternateUrl = exact ? urls.url(collection, other, item.fileSlug) : sectionUrl(section, other);
      routes.push({
        kind: 'entry',
        lang: item.lang,
        slug: trimSlashes(item.url, item.lang),
        collection,
        item,
        alternateUrl,
        alternateExact: exact,
      });
    }
  }

  const pages = localizeEntries(await getCollection('pages'));
  const pageSlug = (item: LocalizedEntry<CollectionEntry<'pages'>>) => item.entry.data.slug;
  for (const item of pages) {
    const counterpart = pages.find((candidate) => candidate.fileSlug === item.fileSlug && candidate.lang !== item.lang);
    const exact = Boolean(counterpart && (item.fallback || item.translated));
    const alternateUrl = counterpart && exact ? pageUrl(counterpart.lang, pageSlug(counterpart)) : homeUrl(otherLocale(item.lang));
    routes.push({ kind: 'page', lang: item.lang, slug: pageSlug(item), item, alternateUrl, alternateExact: exact });
  }
  assertUniqueRoutes(routes, urls.moved);
  return { routes, moved: urls.moved };
}

/**
 * Astro only warns when two routes share an address and publishes one of them; a page would
 * be replaced silently. Validation reports such files first (scripts/validation/check-urls.ts);
 * this stops any build that gets here anyway.
 */
function assertUniqueRoutes(routes: readonly Route[], moved: readonly MovedAddress[]): void {
  const seen = new Map<string, string>();
  const pages = [
    ...routes.map((route) => ({
      url: `/${route.lang}/${route.slug === undefined ? '' : `${route.slug}/`}`,
      name: 'item' in route ? `${route.kind} ${route.item.entry.id}` : route.kind,
    })),
    ...moved.map((address) => ({ url: address.from, name: `the former address of ${address.entry.collection} ${address.entry.id}` })),
  ];
  for (const { url, name } of pages) {
    const first = seen.get(url);
    if (first)
      throw new Error(
        `Two pages would have the address ${url}: ${first} and ${name}. Rename one of the files or change a slug (run npm run validate for details).`,
      );
    seen.set(url, name);
  }
}
