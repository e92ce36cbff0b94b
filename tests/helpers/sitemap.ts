import { readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap. */
export function sitemapPaths(dist = 'dist'): string[] {
  const xml = readFileSync(`${dist}/sitemap.xml`, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
  return [...new Set(paths)].sort();
}
