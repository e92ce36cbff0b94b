import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser/browser.ts';
import { topResults } from '../../scripts/browser/pagefind-search.ts';
import { homePages } from '../helpers/search.ts';
import { searchQueries } from '../search/queries.ts';

let browser: Browser;
let pages: Partial<Record<'nl' | 'en', Page>> = {};
beforeAll(async () => {
  browser = await launchBrowser();
  pages = await homePages(browser);
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
      expect(
        expected.filter((path) => !top.includes(path)),
        `top 5: ${top.join(', ')}`,
      ).toEqual([]);
    });
  }
});
