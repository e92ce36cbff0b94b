import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOUND_SEAM } from '../../src/features/search/compound-words.ts';
import { isolatedContext, launchBrowser, openPage } from '../../scripts/browser/browser.ts';
import { topResults } from '../../scripts/browser/pagefind-search.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { dialog, resultPaths } from '../helpers/search.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The indexed Dutch pages of the build, from its sitemap. */
const dutchPaths = sitemapPaths().filter((path) => path.startsWith('/nl/'));

/**
 * The words Pagefind indexes on each Dutch page, by path: the text of `data-pagefind-body`
 * without what it leaves out (ignored elements, and the elements it always skips).
 */
async function indexedWords(): Promise<Map<string, string[]>> {
  // One page reads them all: each page's HTML is fetched and parsed in it, not opened and
  // laid out, so the cost per page stays small as the site grows.
  const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
  const page = await openPage(context, '/nl/');
  const words = await page.evaluate(async (paths) => {
    const found: [string, string[]][] = [];
    for (const path of paths) {
      const document = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
      const body = document.querySelector('[data-pagefind-body]');
      if (!body) continue;
      for (const skipped of body.querySelectorAll(
        '[data-pagefind-ignore], footer, nav, form, label, noscript, svg, script, style, template',
      ))
        skipped.remove();
      found.push([path, body.textContent?.toLowerCase().match(/\p{L}+/gu) ?? []]);
    }
    return found;
  }, dutchPaths);
  await context.close();
  return new Map(words);
}

let indexed: Map<string, string[]>;
beforeAll(async () => {
  indexed = await indexedWords();
}, 120_000);

/**
 * The pages that have `part` only inside longer words, after their start: a search for it
 * can find them only through the compound splitting (Pagefind finds a word's start itself).
 */
function pagesWithOnlyCompounds(part: string): string[] {
  return [...indexed]
    .filter(
      ([, words]) =>
        words.some((word) => word.length > part.length && word.slice(1).includes(part)) && !words.some((word) => word.startsWith(part)),
    )
    .map(([path]) => path);
}

describe('Dutch compound words', () => {
  for (const [part, example] of [
    ['gemeenschap', 'leergemeenschappen'],
    ['organisaties', 'zorgorganisaties'],
    ['deskundige', 'ervaringsdeskundige'],
  ] as const) {
    it(`"${part}" finds every page that only says it inside a compound such as "${example}"`, async () => {
      const expected = pagesWithOnlyCompounds(part);
      expect(expected.length).toBeGreaterThan(0);
      const { context } = await isolatedContext(browser);
      const page = await openPage(context, '/nl/');
      const found = await topResults(page, part, 1000);
      expect(expected.filter((path) => !found.includes(path))).toEqual([]);
      await context.close();
    });
  }

  it('"zorg" finds every page that says it only at the start of longer words, such as "zorgorganisaties"', async () => {
    const expected = [...indexed]
      .filter(([, words]) => !words.includes('zorg') && words.some((word) => word.startsWith('zorg') && word.length > 4))
      .map(([path]) => path);
    expect(expected.length).toBeGreaterThan(0);
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/');
    const found = await topResults(page, 'zorg', 1000);
    expect(expected.filter((path) => !found.includes(path))).toEqual([]);
    await context.close();
  });

  it('shows compounds whole in the excerpts, with the match marked', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/begrippen/fieldlab/');
    await page.keyboard.press('/');
    await dialog(page).locator('input').waitFor();
    await page.keyboard.type('gemeenschap');
    expect((await resultPaths(dialog(page))).length).toBeGreaterThan(0);
    // A compound is marked whole ("leergemeenschappen"), never cut at the seam.
    const marked = await dialog(page).locator('.pf-result-excerpt mark').allInnerTexts();
    expect(marked.some((text) => /\p{L}+gemeenschap/iu.test(text))).toBe(true);
    expect(await dialog(page).locator('pagefind-results').innerText()).not.toContain(COMPOUND_SEAM);
    await context.close();
  });
});
