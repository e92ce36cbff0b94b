import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/kernel/i18n/en.json' with { type: 'json' };
import nl from '../../src/kernel/i18n/nl.json' with { type: 'json' };
import { cspViolations, isolatedContext, launchBrowser, openPage, siteOrigin } from '../../scripts/browser/browser.ts';
import { loadAllResults, resultCount, resultPaths, searchOnPage } from '../helpers/search.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('search stays in the language of the page', () => {
  for (const [language, path, prefix] of [
    ['a Dutch', '/nl/zoeken/', '/nl/'],
    ['an English', '/en/search/', '/en/'],
  ] as const) {
    it(`a search typed on ${language} page returns only pages in that language`, async () => {
      const { context, outside } = await isolatedContext(browser);
      const page = await openPage(context, path);
      const paths = await searchOnPage(page, 'fieldlab');
      expect(await resultCount(page)).toBeGreaterThan(10);
      await loadAllResults(page.locator('[data-search-page]'));
      const all = await resultPaths(page.locator('[data-search-page]'));
      expect(all.length).toBeGreaterThan(paths.length);
      expect(all.filter((result) => !result.startsWith(prefix))).toEqual([]);
      // Pagefind's script, styles and WebAssembly all run under the strict policy.
      expect(await cspViolations(page)).toEqual([]);
      await context.close();
      expect(outside).toEqual([]);
    });
  }
});

describe('the search page', () => {
  it('keeps the query in the address, and a shared address shows the same results', async () => {
    const { context, outside } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/zoeken/');
    const typed = await searchOnPage(page, 'gemeenschap');
    await page.waitForURL(/\?q=gemeenschap$/);
    const summary = await page.locator('[data-search-page] pagefind-summary').innerText();

    const shared = await openPage(context, new URL(page.url()).pathname + new URL(page.url()).search);
    await shared.locator('[data-search-page] pagefind-summary').filter({ hasText: 'gemeenschap' }).waitFor({ timeout: 15_000 });
    // Pagefind fills in a result when it comes near the screen, and whether the first one below
    // the screen counts as near depends on how fast the ones above grew: the number loaded can
    // differ by one. The order of the results must not.
    const sharedPaths = await resultPaths(shared.locator('[data-search-page]'));
    const loaded = Math.min(typed.length, sharedPaths.length);
    expect(loaded).toBeGreaterThanOrEqual(2);
    expect(sharedPaths.slice(0, loaded)).toEqual(typed.slice(0, loaded));
    expect(await shared.locator('[data-search-page] pagefind-summary').innerText()).toBe(summary);
    expect(await shared.locator('[data-search-page] pagefind-input input').inputValue()).toBe('gemeenschap');
    await context.close();
    expect(outside).toEqual([]);
  });

  it("shows each result with its type in the page's language, an excerpt with the words marked, and links to sections", async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/search/');
    await searchOnPage(page, 'fieldlab');
    const first = page.locator('[data-search-page] .pf-result').first();
    expect(await first.locator('.search-result__type').innerText()).toMatch(new RegExp(en['search.type.term'], 'i'));
    expect(await first.locator('.pf-result-excerpt mark').count()).toBeGreaterThan(0);
    const sections = page.locator('[data-search-page] a.pf-heading-link');
    await sections.first().waitFor();
    expect(await sections.first().getAttribute('href')).toMatch(/\/en\/[^#]+\?highlight=fieldlab#[a-z0-9-]+$/);
    const types = await page.locator('[data-search-page] .search-result__type').allInnerTexts();
    const english = [
      en['search.type.chapter'],
      en['search.type.community'],
      en['search.type.guide'],
      en['search.type.term'],
      en['search.type.page'],
    ].map((label) => label.toLowerCase());
    expect(types.map((type) => type.toLowerCase()).filter((type) => !english.includes(type))).toEqual([]);
    await context.close();
  });

  it('on a phone, shows the results in the first screen with the filters closed behind their heading, and nothing shifts as they arrive', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(`${siteOrigin()}/nl/zoeken/?q=zorg`);
    const root = page.locator('[data-search-page]');
    expect((await resultPaths(root)).length).toBeGreaterThan(0);
    expect((await root.locator('a.pf-result-link').first().boundingBox())?.y).toBeLessThan(823);
    // Layout shift so far, as Lighthouse counts it (the issue asks for less than 0.1): the
    // buffered entries arrive in a task of their own, so read them once the page is idle.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
          let sum = 0;
          const add = (entries: PerformanceEntry[]) => {
            for (const entry of entries as Shift[]) if (!entry.hadRecentInput) sum += entry.value;
          };
          const observer = new PerformanceObserver((list) => add(list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() =>
            requestIdleCallback(() => {
              add(observer.takeRecords());
              observer.disconnect();
              resolve(sum);
            }),
          );
        }),
    );
    expect(shift).toBeLessThan(0.1);
    const filters = root.locator('[data-search-filters]');
    expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await root.locator('.pf-filter-group').first().isVisible()).toBe(false);
    await filters.locator(':scope > summary').click();
    await root.locator('.pf-filter-group').first().waitFor();
    await context.close();
  });

  it('without JavaScript, the header form reaches the search page, which says search needs JavaScript and links to lists to browse', async () => {
    const { context, outside } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await openPage(context, '/nl/begrippen/');
    await page.fill('#header-search-input', 'ervaringsdeskundige');
    await Promise.all([page.waitForURL(/\/nl\/zoeken\/\?q=ervaringsdeskundige$/), page.press('#header-search-input', 'Enter')]);
    const notice = page.locator('.search-page .notice');
    expect(await notice.innerText()).toContain(nl['search.noscript']);
    expect(await notice.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/nl/leergemeenschappen/',
      '/nl/begrippen/',
    ]);
    expect(await page.locator('[data-search-page]').isHidden()).toBe(true);
    await context.close();
    expect(outside).toEqual([]);
  });
});
