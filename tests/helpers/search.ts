import type { Browser, Locator, Page } from 'playwright-core';
import { isolatedContext, openPage } from '../../scripts/browser/browser.ts';

/**
 * The result links (not the links to sections) in a results list, as paths, once they
 * show. Pagefind loads a result's details when it scrolls into view: these are the
 * results on screen, in order.
 */
export async function resultPaths(scope: Page | Locator): Promise<string[]> {
  const links = scope.locator('pagefind-results a.pf-result-link');
  await links.first().waitFor({ state: 'visible', timeout: 15_000 });
  const read = () => links.evaluateAll((elements) => elements.map((element) => new URL((element as HTMLAnchorElement).href).pathname));
  // Results fill in one by one as their details arrive: read until two reads agree.
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  let paths = await read();
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await page.waitForTimeout(250);
    const again = await read();
    if (again.join() === paths.join()) return again;
    paths = again;
  }
  return paths;
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
