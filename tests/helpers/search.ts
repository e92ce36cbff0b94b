import type { Locator, Page } from 'playwright-core';

/**
 * The result links (not the links to sections) in a results list, as paths, once they
 * show. Pagefind loads a result's details when it scrolls into view: these are the
 * results on screen, in order.
 */
export async function resultPaths(scope: Page | Locator): Promise<string[]> {
  const links = scope.locator('pagefind-results a.pf-result-link');
  await links.first().waitFor({ state: 'visible', timeout: 15_000 });
  return links.evaluateAll((elements) => elements.map((element) => new URL((element as HTMLAnchorElement).href).pathname));
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
