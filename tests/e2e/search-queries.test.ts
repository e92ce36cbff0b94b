import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, openPage } from '../../scripts/browser/browser.ts';
import { topResults } from '../../scripts/browser/pagefind-search.ts';
import { searchQueries } from '../search/queries.ts';

let browser: Browser;
const pages: Partial<Record<'nl' | 'en', Page>> = {};
beforeAll(async () => {
  browser = await launchBrowser();
  const { context } = await isolatedContext(browser);
  pages.nl = await openPage(context, '/nl/');
  pages.en = await openPage(context, '/en/');
});
afterAll(async () => {
  await browser?.close();
});

describe('the query set (tests/search/queries.ts): every expected page in the top 5', () => {
  for (const { lang, query, kind, expect: expected } of searchQueries) {
    it(`${lang} "${query}" (${kind})`, async () => {
      const page = pages[lang];
      if (!page) throw new Error(`No page open for ${lang}.`);
      const top = await topResults(page, query);
      expect(expected.filter((path) => !top.includes(path)), `top 5: ${top.join(', ')}`).toEqual([]);
    });
  }
});
