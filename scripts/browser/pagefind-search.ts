import type { Page } from 'playwright-core';

/**
 * Runs in the page: the site's Pagefind module (Pagefind's API with the site's query
 * rewriting: typos, stop words, synonyms, plurals, partial matches), imported from the site,
 * one instance per page. A string, not a function, because Vitest rewrites `import()` in
 * test code into a helper the page does not have.
 */
const inPage = `async ({ query, count }) => {
  window.__siteSearch ??= import(location.origin + '/pagefind/kennisbank/pagefind.js').then((module) => module.createInstance({}));
  const search = await (await window.__siteSearch).search(query);
  const results = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
  return { paths: results.map((result) => new URL(result.url, location.origin).pathname), excerpts: results.map((result) => result.excerpt), notice: search.notice ?? '' };
}`;

export interface SiteSearch {
  /** The paths of the first results, best first. */
  paths: string[];
  excerpts: string[];
  /** What the site told the reader about the query (a correction, partial matches). */
  notice: string;
}

/**
 * The first results for a query as the site's search finds them, from its Pagefind module
 * in a page of the site (its `<html lang>` picks the index). For checking ranking without the UI.
 */
export async function siteSearch(page: Page, query: string, count = 5): Promise<SiteSearch> {
  return page.evaluate(`(${inPage})(${JSON.stringify({ query, count })})`) as Promise<SiteSearch>;
}

/** The paths of the first results for a query, best first (see siteSearch). */
export async function topResults(page: Page, query: string, count = 5): Promise<string[]> {
  return (await siteSearch(page, query, count)).paths;
}

/** Runs in the page: Pagefind's own API, without the site's query rewriting (see inPage). */
const pagefindInPage = `async ({ query, count }) => {
  const pagefind = await import(location.origin + '/pagefind/pagefind.js');
  await pagefind.options({ noWorker: true });
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
  return results.map((result) => new URL(result.url, location.origin).pathname);
}`;

/** The paths of the first results from Pagefind alone, as a baseline for the site's search. */
export async function pagefindAloneResults(page: Page, query: string, count = 5): Promise<string[]> {
  return page.evaluate(`(${pagefindInPage})(${JSON.stringify({ query, count })})`) as Promise<string[]>;
}
