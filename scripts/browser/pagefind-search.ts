import type { Page } from 'playwright-core';

/**
 * Runs in the page: Pagefind's own API, imported from the site. A string, not a function,
 * because Vitest rewrites `import()` in test code into a helper the page does not have.
 */
const inPage = `async ({ query, count }) => {
  const pagefind = await import(location.origin + '/pagefind/pagefind.js');
  await pagefind.options({ noWorker: true });
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
  return results.map((result) => new URL(result.url, location.origin).pathname);
}`;

/**
 * The paths of the first results for a query, best first, from Pagefind's own API in a
 * page of the site (its `<html lang>` picks the index). For checking ranking without the UI.
 */
export async function topResults(page: Page, query: string, count = 5): Promise<string[]> {
  return page.evaluate(`(${inPage})(${JSON.stringify({ query, count })})`) as Promise<string[]>;
}
