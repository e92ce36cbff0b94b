import type { Page } from 'playwright-core';

/**
 * The paths of the first results for a query, best first, from Pagefind's own API in a
 * page of the site (its `<html lang>` picks the index). For checking ranking without the UI.
 */
export async function topResults(page: Page, query: string, count = 5): Promise<string[]> {
  return page.evaluate(async ({ query, count }) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.options({ noWorker: true });
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, count).map((result: { data(): Promise<{ url: string }> }) => result.data()));
    return results.map((result) => new URL(result.url, location.origin).pathname);
  }, { query, count });
}
