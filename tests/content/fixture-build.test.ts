import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFixture, copyContent } from './helpers.ts';

/**
 * Builds the site from a copy of the content in which one entry has no English text, and
 * checks what an English reader gets: the Dutch text, a notice, its own `lang`, and no
 * place in the English search index. The same copy is then built a second time, each
 * build with an empty cache, to show that the output is byte-identical.
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

it('gives byte-identical output when the same content is built again with an empty cache', () => {
  const first = fingerprint(outDir);
  const second = fingerprint(buildFixture(copy.root, ENVIRONMENT, 'second'));
  // Every page of the sitemap is among the files compared.
  const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const sitemapFiles = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+\/([^<]*)<\/loc>/g)].map(
    ([, path]) => `${path}index.html`,
  );
  expect(sitemapFiles).toHaveLength(sitemap.split('<url>').length - 1);
  expect(sitemapFiles.filter((file) => !(file in first))).toEqual([]);
  const differing = Object.keys({ ...first, ...second }).filter((file) => first[file] !== second[file]);
  expect(differing).toEqual([]);
}, 240_000);
