import { readFileSync, readdirSync } from 'node:fs';

/** Every page path listed in the built sitemap(s). */
export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((name) =>
    [...readFileSync(`${dist}/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname),
  );
  return [...new Set(paths)].sort();
}
