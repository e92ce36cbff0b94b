import type { APIRoute } from 'astro';
import { builtSite } from '../kernel/build/site-url.ts';

/** robots.txt: everything may be indexed; the sitemap's address depends on SITE_URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', builtSite(site)).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
