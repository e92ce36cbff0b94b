import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, isolatedContext, launchBrowser, openPage } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types a query into the search page's box and returns the result links once they show. */
async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('pagefind-input input');
  await input.waitFor({ state: 'visible' });
  await input.fill(query);
  const results = page.locator('pagefind-results a[href]');
  await results.first().waitFor({ state: 'visible', timeout: 15_000 });
  return results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('search stays in the language of the page', () => {
  for (const [language, path, prefix] of [['a Dutch', '/nl/zoeken/', '/nl/'], ['an English', '/en/search/', '/en/']] as const) {
    it(`a search typed on ${language} page returns only pages in that language`, async () => {
      const { context, outside } = await isolatedContext(browser);
      const page = await openPage(context, path);
      const paths = await search(page, 'fieldlab');
      expect(paths.length).toBeGreaterThan(2);
      expect(paths.filter((result) => !result.startsWith(prefix))).toEqual([]);
      // Pagefind's script, styles and WebAssembly all run under the strict policy.
      expect(await cspViolations(page)).toEqual([]);
      await context.close();
      expect(outside).toEqual([]);
    });
  }

  it('the header search form reaches the search page with the query in the URL, and it runs', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/glossary/');
    await page.fill('#header-search-input', 'experience expert');
    await Promise.all([page.waitForURL(/\/en\/search\/\?q=/), page.press('#header-search-input', 'Enter')]);
    const results = page.locator('pagefind-results a[href]');
    await results.first().waitFor({ state: 'visible', timeout: 15_000 });
    const paths = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(paths).toContain('/en/glossary/ervaringsdeskundige/');
    expect(await page.locator('pagefind-input input').inputValue()).toBe('experience expert');
    await context.close();
  });
});
