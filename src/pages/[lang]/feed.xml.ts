import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { localeInfo, locales, type Locale } from '../../kernel/i18n/locales.ts';
import { useTranslations } from '../../kernel/i18n/ui.ts';
import { lastUpdated } from '../../kernel/build/git-dates.ts';
import { entryUrl, localizeEntries } from '../../kernel/routing/localized-urls.ts';
import { xmlSafeText } from '../../kernel/build/output-text.ts';

/** /nl/feed.xml and /en/feed.xml: new and updated profiles and guides, newest first. */
export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
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
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: site ?? 'http://localhost:4321',
    items: [...communities, ...guides].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link)),
    customData: `<language>${localeInfo[lang].tag}</language>`,
  });
};
