import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { isolatedContext, openPage } from '../../scripts/browser/browser.ts';

/**
 * True when every result Pagefind loads at this scroll position has loaded. Pagefind fills in
 * a result when its placeholder comes within 50 px of the results' scroll box (the dialog's
 * body, or the window), through an IntersectionObserver; this asks the same question of every
 * placeholder left, with the same observer settings.
 */
function resultsSettled(results: Locator): Promise<boolean> {
  return results.evaluate(
    (element) =>
      new Promise<boolean>((resolve) => {
        const placeholders = [...element.querySelectorAll('.search-result--loading')];
        if (placeholders.length === 0) {
          resolve(true);
          return;
        }
        // Pagefind's choice of root: the nearest ancestor that scrolls, else the viewport.
        let root: Element | null = element;
        while (root instanceof HTMLElement && ['visible', 'hidden'].includes(getComputedStyle(root).overflowY)) root = root.parentElement;
        const observer = new IntersectionObserver(
          (entries) => {
            observer.disconnect();
            resolve(!entries.some((entry) => entry.isIntersecting));
          },
          { root: root instanceof HTMLElement ? root : null, rootMargin: '50px', threshold: 0.01 },
        );
        for (const placeholder of placeholders) observer.observe(placeholder);
      }),
  );
}

/**
 * The result links (not the links to sections) in a results list, as paths, once the
 * results on screen have loaded (Pagefind loads a result's details when it scrolls into
 * view): these are the results on screen, in order.
 */
export async function resultPaths(scope: Page | Locator): Promise<string[]> {
  const links = scope.locator('pagefind-results a.pf-result-link');
  await links.first().waitFor({ state: 'visible', timeout: 15_000 });
  await expect.poll(() => resultsSettled(scope.locator('pagefind-results').first())).toBe(true);
  return links.evaluateAll((elements) => elements.map((element) => new URL((element as HTMLAnchorElement).href).pathname));
}

/** Scrolls to each result not loaded yet until every result of the list has loaded. */
export async function loadAllResults(scope: Locator): Promise<void> {
  const waiting = scope.locator('pagefind-results .search-result--loading');
  await expect
    .poll(async () => {
      await waiting.evaluateAll((placeholders) => placeholders[0]?.scrollIntoView());
      return waiting.count();
    })
    .toBe(0);
}

/**
 * Resolves once the page has done what an event just asked of it: after the next frame, when
 * its main thread is idle (anything the event set off, a script or a request, has started).
 */
export function pageIdle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve()))));
}

/** The number of results the summary reports ("41 resultaten voor ..."). */
export async function resultCount(scope: Page | Locator): Promise<number> {
  return Number(/\d+/.exec(await scope.locator('pagefind-summary').innerText())?.[0] ?? 0);
}

/** Types a query into the search page's box and returns the result paths. */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-page] pagefind-input input');
  await input.waitFor({ state: 'visible' });
  await input.fill(query);
  await page.locator('[data-search-page] pagefind-summary').filter({ hasText: query }).waitFor({ timeout: 15_000 });
  return resultPaths(page.locator('[data-search-page]'));
}

/** The open search dialog. */
export function dialog(page: Page): Locator {
  return page.locator('dialog.pf-modal[open]');
}

/** Requests for Pagefind's files (scripts, index) made by a page, recorded from now on. */
export function searchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/pagefind/')) requests.push(url.pathname);
  });
  return requests;
}

/** A home page open in each language, to search from with the site's Pagefind module. */
export async function homePages(browser: Browser): Promise<Record<'nl' | 'en', Page>> {
  const { context } = await isolatedContext(browser);
  return { nl: await openPage(context, '/nl/'), en: await openPage(context, '/en/') };
}
