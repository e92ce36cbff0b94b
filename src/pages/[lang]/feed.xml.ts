import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeInfo, locales, type Locale } from '../../kernel/i18n/locales.ts';
import { useTranslations } from '../../kernel/i18n/ui.ts';
import { recentEntries } from '../../kernel/content/recent.ts';
import { escapeXml, xmlSafeText } from '../../kernel/build/output-text.ts';
import { builtSite } from '../../kernel/build/site-url.ts';

/** /nl/feed.xml and /en/feed.xml: new and updated profiles and guides, newest first. */
export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const items = (await recentEntries(lang)).map((entry) => ({
    title: xmlSafeText(entry.title),
    description: xmlSafeText(entry.summary),
    link: entry.url,
    pubDate: entry.updated,
  }));
  // The feed's own address (atom:link rel="self"), which the RSS Best Practices Profile and
  // the W3C feed validator ask for: it says where a copied feed comes from.
  const self = new URL(url.pathname, builtSite(site)).href;
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: builtSite(site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items,
    customData: `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/><language>${localeInfo[lang].tag}</language>`,
  });
};
