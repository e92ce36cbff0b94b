import type { APIRoute } from 'astro';
import { getRoutes } from '../routing/routes.ts';
import { routePath, xDefaultPath } from '../routing/route-data.ts';
import { homeUrl, languageChoiceUrl } from '../kernel/routing/localized-urls.ts';
import { locales, otherLocale } from '../kernel/i18n/locales.ts';
import { builtSite } from '../kernel/build/site-url.ts';

/**
 * The sitemap, with each page's counterpart in the other language (xhtml:link alternates).
 * Built from the same routes as the pages, because translated paths (/nl/over/,
 * /en/about/) cannot be paired by path.
 */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, builtSite(site)).href;
  const escape = (text: string) => text.replaceAll('&', '&amp;');
  /** A page with its language versions, as [hreflang, path] pairs. */
  const entry = (path: string, versions: [string, string][]) => {
    const links = versions
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escape(absolute(href))}"/>`)
      .join('');
    return `<url><loc>${escape(absolute(path))}</loc>${links}</url>`;
  };
  // The language choice at / is the home pages' x-default, and they are its versions.
  const root = entry(languageChoiceUrl, [
    ...locales.map((lang): [string, string] => [lang, homeUrl(lang)]),
    ['x-default', languageChoiceUrl],
  ]);
  const urls = (await getRoutes()).map((route) => {
    const own = routePath(route);
    const xDefault = xDefaultPath(route);
    return entry(own, [
      [route.lang, own],
      ...(route.alternateExact ? [[otherLocale(route.lang), route.alternateUrl] as [string, string]] : []),
      ...(xDefault ? [['x-default', xDefault] as [string, string]] : []),
    ]);
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${[root, ...urls].join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
