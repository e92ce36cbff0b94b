import type { Browser, Page } from 'playwright-core';
import { pagefindAloneResults, topResults } from '../scripts/browser/pagefind-search.ts';
import { searchQueries, type QueryKind } from '../tests/search/queries.ts';

/**
 * Recall at 5 on the query set (tests/search/queries.ts): of the pages each query expects,
 * the share in its first five results, by kind of query and overall, for the site's search
 * and for Pagefind alone on the same index; and the share of queries with no result at all.
 */
type Engine = (page: Page, query: string, count?: number) => Promise<string[]>;

interface Tally {
  expected: number;
  found: number;
  queries: number;
  empty: number;
}

const share = (part: number, whole: number) => (whole === 0 ? '-' : (part / whole).toFixed(2));

async function tally(browser: Browser, origin: string, engine: Engine, misses: string[]): Promise<Map<QueryKind | 'all', Tally>> {
  const tallies = new Map<QueryKind | 'all', Tally>();
  for (const lang of ['nl', 'en'] as const) {
    const page = await browser.newPage();
    await page.goto(`${origin}/${lang}/`);
    for (const { query, kind, expect } of searchQueries.filter((query) => query.lang === lang)) {
      const top = await engine(page, query, 5);
      for (const key of [kind, 'all'] as const) {
        const counts = tallies.get(key) ?? { expected: 0, found: 0, queries: 0, empty: 0 };
        counts.queries += 1;
        counts.empty += top.length === 0 ? 1 : 0;
        counts.expected += expect.length;
        counts.found += expect.filter((path) => top.includes(path)).length;
        tallies.set(key, counts);
      }
      for (const path of expect)
        if (!top.includes(path)) misses.push(`${lang} "${query}" -> ${path} (top 5: ${top.join(', ') || 'nothing'})`);
    }
    await page.close();
  }
  return tallies;
}

export async function printRecall(browser: Browser, origin: string): Promise<void> {
  const siteMisses: string[] = [];
  const site = await tally(browser, origin, topResults, siteMisses);
  const alone = await tally(browser, origin, pagefindAloneResults, []);
  console.log("  recall at 5 by kind: the site's search (Pagefind alone on the same index)");
  for (const [kind, counts] of site) {
    const baseline = alone.get(kind);
    console.log(
      `    ${kind.padEnd(10)} ${share(counts.found, counts.expected)} (${share(baseline?.found ?? 0, baseline?.expected ?? 0)})  ${counts.queries} queries, ${counts.empty} without results (${baseline?.empty ?? 0})`,
    );
  }
  for (const miss of siteMisses) console.log(`    missing: ${miss}`);
}
