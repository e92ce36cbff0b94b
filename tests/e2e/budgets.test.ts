import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteOrigin } from '../../scripts/browser/browser.ts';
import { compressedSize, pageWeight } from '../../scripts/browser/page-weight.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

/**
 * Weight budgets, measured on what the browser really fetches on a first visit, each file
 * compressed with Brotli as a static host would serve it.
 */
const KB = 1024;
const READING_PAGE_BUDGET = 25 * KB;
const LOADER_BUDGET = 2 * KB;
const CSS_BUDGET = 10 * KB;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const readingPages = [
  '/nl/position-paper/opzetten/',
  '/en/position-paper/setting-up-a-learning-community/',
  '/nl/leergemeenschappen/vitaal-in-brainport/',
  '/en/communities/vitaal-in-brainport/',
  '/nl/overdrachtsgidsen/van-wijk-naar-regio/',
  '/en/transfer-guides/from-neighbourhood-to-region/',
  '/nl/begrippen/fieldlab/',
  '/en/glossary/fieldlab/',
];

describe('weight budgets', () => {
  for (const path of readingPages) {
    it(`${path}: at most 25 KB on first visit, and no JavaScript but a loader of at most 2 KB`, async () => {
      // Until the page has been idle and its requests have ended: a script loaded when the
      // browser is idle counts too.
      const weight = await pageWeight(browser, siteOrigin(), 'dist', path, 'idle');
      expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(READING_PAGE_BUDGET);
      expect(weight.js).toBeLessThanOrEqual(LOADER_BUDGET);
      expect(weight.html).toBeGreaterThan(500);
    });
  }

  it('every page loads at most 10 KB of CSS', () => {
    const over: string[] = [];
    for (const path of sitemapPaths()) {
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
        (sum, match) => sum + compressedSize(join('dist', match[1] ?? '')),
        0,
      );
      if (css > CSS_BUDGET) over.push(`${path}: ${css} bytes`);
    }
    expect(over).toEqual([]);
  });
});
