import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nl from '../../src/kernel/i18n/nl.json' with { type: 'json' };
import { axeViolations } from '../helpers/axe.ts';
import { isolatedContext, launchBrowser, openPage } from '../../scripts/browser/browser.ts';
import { resultPaths, searchOnPage } from '../helpers/search.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Dutch glossary terms, and the Dutch profiles in Limburg, as the content has them. */
const termCount = readdirSync('content/glossary/nl').filter((name) => name.endsWith('.mdx')).length;
const limburgProfiles = readdirSync('content/communities/nl')
  .filter((name) => /^provinces: \[[^\]]*\blimburg\b/m.test(readFileSync(`content/communities/nl/${name}`, 'utf8')))
  .map((name) => `/nl/leergemeenschappen/${name.replace(/\.mdx$/, '')}/`);

const summary = (page: Page) => page.locator('[data-search-page] pagefind-summary');
const count = async (page: Page) => Number(/\d+/.exec(await summary(page).innerText())?.[0]);

/** The checkbox of one filter value, found by its group's name and its label. */
function option(page: Page, group: string, value: string) {
  return page
    .locator('[data-search-page] .pf-filter-group')
    .filter({ has: page.locator('.pf-filter-group-name', { hasText: new RegExp(`^${group}$`) }) })
    .locator('label.pf-filter-checkbox')
    .filter({ hasText: new RegExp(`^${value}\\s*\\d+$`) });
}

describe('search filters', () => {
  it("show content type, top sector, province and theme with counts, named in the page's language", async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/zoeken/');
    await page.locator('[data-search-page] .pf-filter-group').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-page] .pf-filter-group-name').allInnerTexts()).toEqual([
      nl['search.filter.type'],
      nl['filter.province'],
      nl['filter.theme'],
      nl['filter.sector'],
    ]);
    const labels = await page.locator('[data-search-page] label.pf-filter-checkbox').allInnerTexts();
    expect(labels.some((label) => new RegExp(`^${nl['search.type.term']}\\s*${termCount}$`).test(label))).toBe(true);
    expect(labels.some((label) => /^Gezondheid en zorg\s+\d+$/.test(label))).toBe(true);
    // Labels, not the taxonomy's ids.
    expect(labels.filter((label) => /^[a-z]+(-[a-z]+)+\s/.test(label))).toEqual([]);
    // Each group's values in alphabetical order, as Pagefind lists them (the pane keeps its order).
    for (const group of await page.locator('[data-search-page] .pf-filter-group').all()) {
      const values = await group
        .locator('input.pf-checkbox-input')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      expect(values).toEqual(values.toSorted((a, b) => a.localeCompare(b, 'nl')));
    }
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('browse without a query: a filter narrows all pages to one type, and the address keeps it', async () => {
    const { context, outside } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/zoeken/');
    await summary(page).filter({ hasText: /\d+/ }).waitFor({ timeout: 15_000 });
    const all = await count(page);
    await option(page, nl['search.filter.type'], nl['search.type.term']).click();
    await summary(page)
      .filter({ hasText: new RegExp(`^${termCount} `) })
      .waitFor({ timeout: 15_000 });
    expect(await count(page)).toBeLessThan(all);
    const paths = await resultPaths(page.locator('[data-search-page]'));
    expect(paths.every((path) => path.startsWith('/nl/begrippen/'))).toBe(true);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe(
      `?${nl['search.filter.type']}=${nl['search.type.term']}`.replaceAll(' ', '+'),
    );
    await context.close();
    expect(outside).toEqual([]);
  });

  it('with a query, a filter narrows the results, and a shared address opens with the same filter set', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/zoeken/');
    await searchOnPage(page, 'zorg');
    const before = await count(page);
    await option(page, nl['filter.province'], 'Limburg').click();
    await expect.poll(() => count(page), { timeout: 15_000 }).toBeLessThan(before);
    const narrowed = await summary(page).innerText();
    expect(narrowed).toMatch(/^\d+ resultat(?:en)? voor zorg$/);
    const after = await resultPaths(page.locator('[data-search-page]'));
    // Evolva, a Limburg community of care organisations, and nothing outside Limburg.
    expect(after).toContain('/nl/leergemeenschappen/evolva/');
    expect(after.filter((path) => !limburgProfiles.includes(path))).toEqual([]);

    const shared = await openPage(context, `/nl/zoeken/${new URL(page.url()).search}`);
    await summary(shared).filter({ hasText: narrowed }).waitFor({ timeout: 15_000 });
    expect(await resultPaths(shared.locator('[data-search-page]'))).toEqual(after);
    expect(await option(shared, nl['filter.province'], 'Limburg').locator('input').isChecked()).toBe(true);
    await context.close();
  });
});
