import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/kernel/i18n/en.json' with { type: 'json' };
import nl from '../../src/kernel/i18n/nl.json' with { type: 'json' };
import { axeViolations } from '../helpers/axe.ts';
import { isolatedContext, launchBrowser, openPage, siteOrigin } from '../../scripts/browser/browser.ts';
import { dialog, pageIdle, resultPaths, searchRequests } from '../helpers/search.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const button = 'button.header-search__button';

describe('the search dialog', () => {
  it('a reading page loads no search code until search is opened', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const requests = searchRequests(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${siteOrigin()}/nl/leergemeenschappen/vitaal-in-brainport/`, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 2000);
    await pageIdle(page);
    expect(requests).toEqual([]);
    expect(
      await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)),
    ).not.toContainEqual(expect.stringMatching(/^\/pagefind\//));
    // Only the site's own small scripts (the search loader, the language switch); their
    // weight is held to 2 KB by tests/e2e/budgets.test.ts.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => !path.startsWith('/_astro/'))).toEqual([]);

    await page.click(button);
    await dialog(page).waitFor();
    expect(requests).toContain('/pagefind/pagefind-component-ui.js');
    await context.close();
  });

  it('works by keyboard alone: "/" opens it, arrows move through the results, Enter opens one, with the words highlighted there', async () => {
    const { context, outside } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/begrippen/');
    await page.keyboard.press('/');
    await dialog(page).locator('input').waitFor();
    expect(await page.evaluate(() => document.activeElement?.matches('dialog input.pf-input'))).toBe(true);
    await page.keyboard.type('ervaringsdeskundige');
    const status = dialog(page).locator('[role="status"]');
    await status.filter({ hasText: /\d+ resultaten voor ervaringsdeskundige/ }).waitFor({ timeout: 15_000 });
    const paths = await resultPaths(dialog(page));
    expect(paths[0]).toBe('/nl/begrippen/ervaringsdeskundige/');

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.classList.contains('pf-result-link'))).toBe(
      true,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(new URL(target).pathname).toBe('/nl/begrippen/ervaringsdeskundige/');

    await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
    await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 15_000 });
    expect((await page.locator('mark.pagefind-highlight').first().innerText()).toLowerCase()).toContain('ervaringsdeskundige');
    await context.close();
    expect(outside).toEqual([]);
  });

  it('Escape closes it and gives focus back to the search button; Ctrl+K opens it again', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/glossary/fieldlab/');
    // Opened from the page (focus on the body), so the browser has no button to return to.
    await page.keyboard.press('/');
    await dialog(page).locator('input').waitFor();
    expect(await page.getAttribute(button, 'aria-expanded')).toBe('true');
    await page.keyboard.type('living lab');
    await resultPaths(dialog(page));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('aria-expanded') === 'false', button);
    expect(await page.evaluate((selector) => document.activeElement?.matches(selector), button)).toBe(true);

    await page.keyboard.press('Control+k');
    await dialog(page).locator('input').waitFor();
    expect(await dialog(page).getAttribute('aria-label')).toBe(en['search.label']);
    expect(await dialog(page).locator('input').inputValue()).toBe('living lab');
    await page.keyboard.press('Escape');
    await page.focus(button);
    await page.keyboard.press('Enter');
    await dialog(page).locator('input').waitFor();
    await context.close();
  });

  it('keeps what is typed while search is still loading', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/begrippen/');
    await page.keyboard.press('/');
    await page.keyboard.type('proeftuin');
    await dialog(page).locator('input').waitFor();
    expect(await dialog(page).locator('input').inputValue()).toBe('proeftuin');
    expect((await resultPaths(dialog(page)))[0]).toBe('/nl/begrippen/proeftuin/');
    await context.close();
  });

  it("is labelled in the page's language and passes axe with results shown", async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/');
    expect(await page.locator(button).innerText()).toContain(nl['nav.search']);
    await page.click(button);
    await dialog(page).locator('input').waitFor();
    expect(await dialog(page).getAttribute('aria-label')).toBe(nl['search.label']);
    expect(await dialog(page).locator('input').getAttribute('placeholder')).toBe(nl['search.ui.placeholder']);
    await page.keyboard.type('zorg');
    await resultPaths(dialog(page));
    expect(await dialog(page).locator('a[data-search-page-link]').getAttribute('href')).toBe('/nl/zoeken/?q=zorg');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('on the search page, "/" goes to the page\'s own search box', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/search/');
    await page.locator('[data-search-page] pagefind-input input').waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-page] input'))).toBe(true);
    expect(await page.locator('dialog.pf-modal').count()).toBe(0);
    await context.close();
  });
});
