import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeInfo, locales, type Locale } from '../../kernel/i18n/locales.ts';
import { useTranslations } from '../../kernel/i18n/ui.ts';
import { recentEntries } from '../../kernel/content/recent.ts';
import { xmlSafeText } from '../../kernel/build/output-text.ts';

/** /nl/feed.xml and /en/feed.xml: new and updated profiles and guides, newest first. */
export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const items = (await recentEntries(lang)).map((entry) => ({
    title: xmlSafeText(entry.title),
    description: xmlSafeText(entry.summary),
    link: entry.url,
    pubDate: entry.updated,
  }));
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: site ?? 'http://localhost:4321',
    items,
    customData: `<language>${localeInfo[lang].tag}</language>`,
  });
};
