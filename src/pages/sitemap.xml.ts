import type { APIRoute } from 'astro';
import { getRoutes } from '../routing/routes.ts';

/**
 * The sitemap, with each page's counterpart in the other language (xhtml:link alternates).
 * Built from the same routes as the pages, because translated paths (/nl/over/,
 * /en/about/) cannot be paired by path.
 */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const absolute = (path: string) => new URL(path, base).href;
  const escape = (text: string) => text.replaceAll('&', '&amp;');
  const urls = (await getRoutes()).map((route) => {
    const own = absolute(`/${route.lang}/${route.slug ? `${route.slug}/` : ''}`);
    const versions = [[route.lang, own], ...(route.alternateExact ? [[route.lang === 'nl' ? 'en' : 'nl', absolute(route.alternateUrl)]] : [])];
    const dutch = versions.find(([lang]) => lang === 'nl')?.[1];
    const links = [...versions, ...(dutch ? [['x-default', dutch]] : [])]
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escape(href ?? '')}"/>`)
      .join('');
    return `<url><loc>${escape(own)}</loc>${links}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${[`<url><loc>${escape(absolute('/'))}</loc></url>`, ...urls].join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
