import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/kernel/build/html-files.ts';
import { locales } from '../../src/kernel/i18n/locales.ts';

/**
 * What the built site tells search engines, feed readers and link previews, read from
 * dist/ as a host would publish it. `npm test` builds it for a stand-in public address
 * (--site https://kennisbank.example), as production is built with SITE_URL.
 */
const DIST = 'dist';
const page = (path: string) => readFileSync(join(DIST, path), 'utf8');
const attribute = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
const unescape = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** The address the build was made for: the sitemap's first entry, the language choice at /. */
function builtOrigin(): string {
  const first = /<loc>([^<]+)<\/loc>/.exec(page('sitemap.xml'))?.[1];
  if (!first) throw new Error('dist/sitemap.xml lists no page.');
  return new URL(first).origin;
}

describe('the public address', () => {
  it('dist/ was built for a public address, not the local one', () => {
    const origin = builtOrigin();
    expect(
      origin,
      'dist/ was built without SITE_URL: build it as npm test does (npm run build -- --site https://kennisbank.example)',
    ).not.toMatch(/\/\/(localhost|127\.0\.0\.1)[:/]?/);
    expect(attribute(page('nl/index.html'), /<link rel="canonical" href="([^"]+)"/g)).toEqual([`${origin}/nl/`]);
  });

  it('no file in dist/ says localhost: HTML, XML, JSON, CSV, text, scripts and all', () => {
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(400);
    const local = files
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => readFileSync(file).includes('localhost'))
      .map((file) => relative(DIST, file));
    expect(local).toEqual([]);
    // The files the address goes into do hold the public one.
    const origin = builtOrigin();
    for (const file of ['sitemap.xml', 'robots.txt', 'nl/feed.xml', 'data/communities.json', 'data/communities.csv', 'index.html']) {
      expect(page(file), file).toContain(origin);
    }
  });
});

describe('descriptions', () => {
  it('every page search engines may index has a description of its own: no two pages of a language share one', () => {
    const pages = htmlFiles(DIST);
    expect(pages.length).toBeGreaterThan(200);
    const byDescription = new Map<string, string[]>();
    const missing: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const path = relative(DIST, file);
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
      if (description === undefined || description.trim() === '') {
        // The 404 page is kept out of search engines (noindex), so it needs none.
        if (!html.includes('<meta name="robots" content="noindex">')) missing.push(path);
        continue;
      }
      const key = `${/<html lang="([^"]+)"/.exec(html)?.[1]}: ${unescape(description)}`;
      byDescription.set(key, [...(byDescription.get(key) ?? []), path]);
    }
    const shared = [...byDescription]
      .filter(([, paths]) => paths.length > 1)
      .map(([description, paths]) => `${description} (${paths.join(', ')})`);
    expect(missing).toEqual([]);
    expect(shared).toEqual([]);
  });

  it('a sector or province page describes what it lists', () => {
    const html = page('en/communities/province/utrecht/index.html');
    const description = unescape(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
    const names = attribute(html, /<li[^>]*>\s*<a href="\/en\/communities\/[^"]+\/"[^>]*>([^<]+)<\/a>/g);
    expect(names.length).toBeGreaterThan(0);
    expect(description).toMatch(new RegExp(`^${names.length} learning communit(y|ies) in Utrecht: `));
    expect(description).toContain(unescape(names[0] ?? ''));
    expect(description.length).toBeLessThanOrEqual(160);
  });
});

describe('addresses for search engines and feed readers', () => {
  it("the language choice at / has an absolute canonical address and hreflang links, and is the home pages' x-default", () => {
    const origin = builtOrigin();
    const root = page('index.html');
    expect(attribute(root, /<link rel="canonical" href="([^"]+)"/g)).toEqual([`${origin}/`]);
    const alternates = (html: string) =>
      Object.fromEntries(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]]),
      );
    const expected = { nl: `${origin}/nl/`, en: `${origin}/en/`, 'x-default': `${origin}/` };
    expect(alternates(root)).toEqual(expected);
    for (const lang of locales) expect(alternates(page(`${lang}/index.html`)), lang).toEqual(expected);
  });

  it('each feed gives its own address (atom:link rel="self")', () => {
    const origin = builtOrigin();
    for (const lang of locales) {
      const feed = page(`${lang}/feed.xml`);
      expect(feed).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
      expect(attribute(feed, /<atom:link href="([^"]+)" rel="self" type="application\/rss\+xml"\/>/g)).toEqual([
        `${origin}/${lang}/feed.xml`,
      ]);
    }
  });
});
