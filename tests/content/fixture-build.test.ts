import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { astroPages } from '../../scripts/build/page-lines.ts';
import { appendLines, buildFixture, copyContent, runFixtureBuild } from './helpers.ts';

/**
 * Builds the site from a copy of the content in which one entry has no English text, and
 * checks what an English reader gets: the Dutch text, a notice, its own `lang`, and no
 * place in the English search index. Then three texts change, and the copy is built twice
 * more: once keeping the first build's cache (Astro copies every page whose key is
 * unchanged, src/routing/cache-keys.ts) and once with an empty cache. The two must be
 * byte-identical: the rebuild misses no change, and the output does not depend on the build.
 */
let copy: ReturnType<typeof copyContent>;
let outDir: string;
const ENVIRONMENT = { REPOSITORY_URL: 'https://git.example/kennisbank/site' };

beforeAll(() => {
  copy = copyContent();
  rmSync(join(copy.root, 'content/communities/en/entrance.mdx'));
  copy.edit('content/communities/nl/entrance.mdx', (text) => text.replace(/^updated:/m, 'untranslated: true\nupdated:'));
  outDir = buildFixture(copy.root, ENVIRONMENT);
}, 180_000);

afterAll(() => copy?.remove());

it('publishes the English page with the Dutch text, a notice and lang="nl" on the text', () => {
  const html = readFileSync(join(outDir, 'en/communities/entrance/index.html'), 'utf8');
  expect(html).toMatch(/<html lang="en"/);
  expect(html).toContain('Not yet translated');
  expect(html).toMatch(/<article[^>]*lang="nl"/);
  expect(html).not.toContain('data-pagefind-body');
});

it('keeps the Dutch page as it was, searchable', () => {
  const html = readFileSync(join(outDir, 'nl/leergemeenschappen/entrance/index.html'), 'utf8');
  expect(html).toMatch(/<html lang="nl"/);
  expect(html).toContain('data-pagefind-body');
  expect(html).not.toContain('Nog niet vertaald');
});

it('lets the Dutch page switch to the English index, where the entry is marked', () => {
  const dutch = readFileSync(join(outDir, 'nl/leergemeenschappen/entrance/index.html'), 'utf8');
  expect(dutch).toMatch(/href="\/en\/communities\/"[^>]*data-language-switch/);
  const index = readFileSync(join(outDir, 'en/communities/index.html'), 'utf8');
  expect(index).toMatch(/<li lang="nl"[^>]*>[\s\S]*?entrance[\s\S]*?Not yet translated/);
});

it('writes separate Dutch and English search indexes', () => {
  const files = readdirSync(join(outDir, 'pagefind'));
  expect(files.some((name) => /^pagefind\.nl_.*\.pf_meta$/.test(name))).toBe(true);
  expect(files.some((name) => /^pagefind\.en_.*\.pf_meta$/.test(name))).toBe(true);
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
  // The untranslated English page is left out, so English has one page fewer than Dutch.
  expect(entry.languages.en.page_count).toBe(entry.languages.nl.page_count - 1);
  expect(existsSync(join(outDir, 'pagefind/pagefind-component-ui.js'))).toBe(true);
});

it('links each entry to its source file in the repository when the address is set', () => {
  const html = readFileSync(join(outDir, 'nl/begrippen/fieldlab/index.html'), 'utf8');
  expect(html).toContain('href="https://git.example/kennisbank/site/edit/main/');
  expect(html).toMatch(/edit\/main\/[^"]*content\/glossary\/nl\/fieldlab\.mdx"/);
});

it('says on the translation status page that no git history was available', () => {
  const html = readFileSync(join(outDir, 'en/translation-status/index.html'), 'utf8');
  expect(html).toContain('This build had no git history');
  expect(html).toMatch(/data-entry="communities\/entrance" data-state="missing"/);
});

/** Every file of a built site with the hash of its bytes. */
function fingerprint(directory: string, root = directory): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return Object.entries(fingerprint(path, root));
      return [[relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex')]];
    }),
  );
}

/** The HTML pages a build rendered and the pages it copied from its cache, from Astro's output. */
function pagesOf(log: string): { rendered: string[]; copied: string[] } {
  const { rendered, copied } = astroPages(log);
  const html = (files: string[]) => files.filter((file) => file.endsWith('/index.html'));
  return { rendered: html(rendered), copied: html(copied) };
}

it('rebuilds after three changed texts exactly as an empty cache does, rendering only what they touch', () => {
  // A Dutch heading the English chapter takes its section ids from, a heading the English
  // self-scan names as a chapter section, and a profile's English text.
  copy.edit('content/position-paper/nl/02-opzetten.mdx', (text) => text.replace('## Wat anderen toevoegen', '## Wat anderen eraan toevoegen'));
  copy.edit('content/position-paper/en/02-opzetten.mdx', (text) => text.replace('## Who takes part?', '## Who is taking part?'));
  copy.edit('content/communities/en/vitaal-in-brainport.mdx', appendLines('One more paragraph, added for the rebuild test.'));
  const rebuild = runFixtureBuild(copy.root, { environment: ENVIRONMENT, name: 'rebuild', cache: 'dist' });
  const clean = runFixtureBuild(copy.root, { environment: ENVIRONMENT, name: 'clean' });

  const { rendered, copied } = pagesOf(rebuild.log);
  // The changed entries' pages in both languages were rendered again; a profile nothing
  // changed on was copied.
  for (const page of [
    '/nl/position-paper/opzetten/index.html',
    '/en/position-paper/setting-up-a-learning-community/index.html',
    '/en/communities/vitaal-in-brainport/index.html',
    '/nl/leergemeenschappen/vitaal-in-brainport/index.html',
  ])
    expect(rendered).toContain(page);
  expect(copied).toContain('/nl/leergemeenschappen/evolva/index.html');
  expect(pagesOf(clean.log).copied).toEqual([]);
  expect(rendered.length + copied.length).toBe(pagesOf(clean.log).rendered.length);

  const incremental = fingerprint(rebuild.outDir);
  const full = fingerprint(clean.outDir);
  // Every page of the sitemap is among the files compared.
  const sitemap = readFileSync(join(clean.outDir, 'sitemap.xml'), 'utf8');
  const sitemapFiles = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+\/([^<]*)<\/loc>/g)].map(
    ([, path]) => `${path}index.html`,
  );
  expect(sitemapFiles).toHaveLength(sitemap.split('<url>').length - 1);
  expect(sitemapFiles.filter((file) => !(file in full))).toEqual([]);
  const differing = Object.keys({ ...incremental, ...full }).filter((file) => incremental[file] !== full[file]);
  expect(differing).toEqual([]);
}, 360_000);
