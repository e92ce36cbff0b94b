import type { APIRoute } from 'astro';

/** robots.txt: everything may be indexed; the sitemap's address depends on SITE_URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site ?? 'http://localhost:4321').href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
