import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { localeInfo, locales, type Locale } from '../../kernel/i18n/locales.ts';
import { useTranslations } from '../../kernel/i18n/ui.ts';
import { lastUpdated } from '../../kernel/build/git-dates.ts';
import { entryUrl, localizeEntries } from '../../kernel/routing/localized-urls.ts';
import { escapeXml, xmlSafeText } from '../../kernel/build/output-text.ts';
import { builtSite } from '../../kernel/build/site-url.ts';

/** /nl/feed.xml and /en/feed.xml: new and updated profiles and guides, newest first. */
export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const own = <T extends { lang: Locale; fallback: boolean }>(items: T[]) => items.filter((item) => item.lang === lang && !item.fallback);
  const communities = own(localizeEntries(await getCollection('communities'))).map((item) => ({
    title: xmlSafeText(item.entry.data.title),
    description: xmlSafeText(item.entry.data.summary),
    link: entryUrl('communities', lang, item.fileSlug),
    pubDate: lastUpdated(item.entry.data.updated, item.entry.filePath),
  }));
  const guides = own(localizeEntries(await getCollection('guides'))).map((item) => ({
    title: xmlSafeText(item.entry.data.title),
    description: xmlSafeText(item.entry.data.summary),
    link: entryUrl('guides', lang, item.fileSlug),
    pubDate: lastUpdated(item.entry.data.updated, item.entry.filePath),
  }));
  // The feed's own address (atom:link rel="self"), which the RSS Best Practices Profile and
  // the W3C feed validator ask for: it says where a copied feed comes from.
  const self = new URL(url.pathname, builtSite(site)).href;
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: builtSite(site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: [...communities, ...guides].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link)),
    customData: `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/><language>${localeInfo[lang].tag}</language>`,
  });
};
