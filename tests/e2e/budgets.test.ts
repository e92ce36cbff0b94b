import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, openPage } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

/**
 * Weight budgets, measured on what the browser really fetches on a first visit, each file
 * compressed with Brotli as a static host would serve it.
 */
const KB = 1024;
const READING_PAGE_BUDGET = 25 * KB;
const LOADER_BUDGET = 2 * KB;
const CSS_BUDGET = 10 * KB;

const compressedCache = new Map<string, number>();
function compressedSize(path: string): number {
  const file = join('dist', decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
  let size = compressedCache.get(file);
  if (size === undefined) {
    size = brotliCompressSync(readFileSync(file)).length;
    compressedCache.set(file, size);
  }
  return size;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Weight {
  total: number;
  byType: Record<string, number>;
}

async function firstVisit(path: string): Promise<Weight> {
  const { context } = await isolatedContext(browser);
  const fetched: { path: string; type: string }[] = [];
  context.on('request', (request) => fetched.push({ path: new URL(request.url()).pathname, type: request.resourceType() }));
  const page = await openPage(context, path);
  await page.waitForLoadState('networkidle');
  await context.close();
  const byType: Record<string, number> = {};
  for (const resource of fetched) {
    // Content images are outside the budget; the favicon is part of every page.
    if (resource.type === 'image' && !resource.path.endsWith('favicon.svg')) continue;
    byType[resource.type] = (byType[resource.type] ?? 0) + compressedSize(resource.path);
  }
  return { total: Object.values(byType).reduce((sum, size) => sum + size, 0), byType };
}

const readingPages = [
  '/nl/position-paper/opzetten/', '/en/position-paper/opzetten/',
  '/nl/leergemeenschappen/vitaal-in-brainport/', '/en/communities/vitaal-in-brainport/',
  '/nl/overdrachtsgidsen/van-wijk-naar-regio/', '/en/transfer-guides/van-wijk-naar-regio/',
  '/nl/begrippen/fieldlab/', '/en/glossary/fieldlab/',
];

describe('weight budgets', () => {
  for (const path of readingPages) {
    it(`${path}: at most 25 KB on first visit, and no JavaScript but a loader of at most 2 KB`, async () => {
      const weight = await firstVisit(path);
      expect(weight.total, JSON.stringify(weight.byType)).toBeLessThanOrEqual(READING_PAGE_BUDGET);
      expect(weight.byType['script'] ?? 0).toBeLessThanOrEqual(LOADER_BUDGET);
      expect(weight.byType['document'] ?? 0).toBeGreaterThan(500);
    });
  }

  it('every page loads at most 10 KB of CSS', () => {
    const over: string[] = [];
    for (const path of sitemapPaths()) {
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, match) => sum + compressedSize(match[1] ?? ''), 0);
      if (css > CSS_BUDGET) over.push(`${path}: ${css} bytes`);
    }
    expect(over).toEqual([]);
  });
});
