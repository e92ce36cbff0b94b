import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, loadAxeInEveryPage } from './axe.ts';
import { HEIGHT, ONE_ROW_HEADER_FROM, WIDTHS, layoutFaults, watchWidthReads } from './layout.ts';
import { sitemapPaths } from './sitemap.ts';
import { cspViolations, isolatedContext, launchBrowser, visit } from '../../scripts/browser/browser.ts';

/**
 * The page tour: every page of the site is opened once and checked for everything a page
 * must hold, whatever its content:
 * - laid out at every width in tests/helpers/layout.ts (nothing sideways, one column, the
 *   header on one row on desktops);
 * - then, at the default 1280 × 720 window, no axe-core violation (WCAG 2.2 AA), no
 *   Content-Security-Policy violation and the right <html lang>;
 * - and, over the whole tour, no request that left 127.0.0.1 and no cookie.
 * One visit serves all the checks: on two cores the browser's work is the test's cost, and
 * opening each page once for the layout and once for axe cost a fifth more.
 *
 * The pages go in batches, one test each with its own time limit, so a growing site adds
 * tests instead of stretching one. The tour has one test file per language
 * (tests/e2e/page-tour-nl.test.ts, page-tour-en.test.ts), which Vitest runs side by side;
 * the Dutch one also takes / and the 404 page. In each, one tab goes from page to page in one
 * browser context (with axe-core loaded once for the context), which prefers neither
 * language, so that / stays the language choice.
 */
const DEFAULT_WINDOW = { width: 1280, height: 720 };
const BATCH = 12;
/** The search page of each language: its script reads the width. */
const SEARCH_PAGE = { nl: '/nl/zoeken/', en: '/en/search/' } as const;

/** Opens a page at a window size; an error answer is a fault, not an exception. */
async function open(tab: Page, path: string, size: { width: number; height: number }): Promise<string[]> {
  await tab.setViewportSize(size);
  try {
    await visit(tab, path);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

/**
 * Where the layout is CSS alone, a page resized to a width lays out as it would when opened
 * at it, so the page is opened once at the narrowest width and resized; a page whose scripts
 * read the width is opened afresh at every width instead.
 */
async function layoutFaultsOf(tab: Page, path: string, readWidth: Set<string>): Promise<string[]> {
  const narrowest = WIDTHS[0] ?? 320;
  const failed = await open(tab, path, { width: narrowest, height: HEIGHT });
  if (failed.length > 0) return failed;
  if (await tab.evaluate(() => '__readsWidth' in window)) readWidth.add(path);
  const faults: string[] = [];
  for (const width of WIDTHS) {
    const size = { width, height: HEIGHT };
    if (!readWidth.has(path)) await tab.setViewportSize(size);
    else if (width !== narrowest) faults.push(...(await open(tab, path, size)));
    const found = await tab.evaluate(layoutFaults, { oneRowHeader: width >= ONE_ROW_HEADER_FROM });
    faults.push(...found.map((fault) => `at ${width} px: ${fault}`));
  }
  return faults;
}

/** Axe, the Content-Security-Policy and the language, in the default window. */
async function pageFaultsOf(tab: Page, path: string, readWidth: Set<string>): Promise<string[]> {
  if (readWidth.has(path)) {
    const failed = await open(tab, path, DEFAULT_WINDOW);
    if (failed.length > 0) return failed;
  } else {
    await tab.setViewportSize(DEFAULT_WINDOW);
  }
  const faults = (await cspViolations(tab)).map((violation) => `CSP ${violation}`);
  for (const violation of await axeViolations(tab)) faults.push(`${violation.id} (${violation.help}) at ${violation.nodes.join(' ')}`);
  const language = /^\/(nl|en)\//.exec(path)?.[1];
  const lang = await tab.getAttribute('html', 'lang');
  if (language && lang !== language) faults.push(`<html lang="${lang}">, expected ${language}`);
  return faults;
}

/** The tour of one language's pages (the Dutch one with / and the 404 page), as its own test file. */
export function pageTour(lang: 'nl' | 'en'): void {
  const all = sitemapPaths();
  const ofLanguage = (language: string) => all.filter((path) => path.startsWith(`/${language}/`));
  const paths = [...new Set([...(lang === 'nl' ? ['/', '/404.html'] : []), ...ofLanguage(lang)])];
  const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, index) => paths.slice(index * BATCH, (index + 1) * BATCH));

  let browser: Browser;
  let tour: (Awaited<ReturnType<typeof isolatedContext>> & { tab: Page }) | undefined;
  /** The pages whose scripts read the width: each is opened afresh at every width. */
  const readWidth = new Set<string>();

  beforeAll(async () => {
    browser = await launchBrowser();
    const isolated = await isolatedContext(browser, { locale: 'de-DE' });
    await loadAxeInEveryPage(isolated.context);
    // After axe, so that loading axe is not taken for the page reading the width.
    await isolated.context.addInitScript(watchWidthReads);
    tour = { ...isolated, tab: await isolated.context.newPage() };
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe(`all ${paths.length} ${lang === 'nl' ? 'Dutch pages, / and the 404 page' : 'English pages'}: laid out at ${WIDTHS.join(', ')} px; no axe-core (WCAG 2.2 AA) or Content-Security-Policy violation; the right <html lang>`, () => {
    it(
      lang === 'nl'
        ? 'the tour holds the language choice, the 404 page and as many Dutch pages as English ones'
        : 'the tour holds as many English pages as Dutch ones',
      () => {
        if (lang === 'nl') expect(paths.slice(0, 2)).toEqual(['/', '/404.html']);
        expect(ofLanguage(lang).length).toBeGreaterThan(0);
        expect(ofLanguage(lang)).toHaveLength(ofLanguage(lang === 'nl' ? 'en' : 'nl').length);
        expect(paths).toContain(SEARCH_PAGE[lang]);
        // Every page of the sitemap is in one language's tour.
        expect(all.filter((path) => path !== '/' && !/^\/(nl|en)\//.test(path))).toEqual([]);
      },
    );

    it('the layout check notices a box wider than a phone and a header on two rows', async () => {
      if (!tour) throw new Error('No browser context.');
      const tab = await tour.context.newPage();
      expect(await open(tab, `/${lang}/`, { width: 320, height: HEIGHT })).toEqual([]);
      expect(await tab.evaluate(layoutFaults, { oneRowHeader: false })).toEqual([]);
      await tab.evaluate(() => {
        const wide = Object.assign(document.createElement('div'), { id: 'too-wide' });
        wide.style.width = '600px';
        wide.textContent = 'x';
        document.querySelector('main')?.append(wide);
      });
      const faults = await tab.evaluate(layoutFaults, { oneRowHeader: true });
      expect(faults[0]).toMatch(/^scrolls sideways: \d+ px wide in 320$/);
      expect(faults).toContainEqual(expect.stringMatching(/^<div#too-wide> "x" spans x \d+ to \d+$/));
      expect(faults).toContainEqual(expect.stringMatching(/^the header's items take more than one row/));
      await tab.close();
    });

    for (const batch of batches) {
      it(`${batch[0]} … ${batch.at(-1)} (${batch.length} pages)`, async () => {
        if (!tour) throw new Error('No browser context.');
        const failures: string[] = [];
        for (const path of batch) {
          const faults = [...(await layoutFaultsOf(tour.tab, path, readWidth)), ...(await pageFaultsOf(tour.tab, path, readWidth))];
          failures.push(...faults.map((fault) => `${path}: ${fault}`));
        }
        expect(failures).toEqual([]);
      }, 180_000);
    }

    // These run after the batches (Vitest keeps the order of a file's tests).
    it('opened the pages whose scripts read the width afresh at each width, the search page among them', () => {
      expect(readWidth).toContain(SEARCH_PAGE[lang]);
    });

    it('no page made a request that left 127.0.0.1, and none set a cookie', async () => {
      if (!tour) throw new Error('No browser context.');
      const cookies = await tour.context.cookies();
      await tour.context.close();
      expect(tour.outside).toEqual([]);
      expect(cookies).toEqual([]);
    });
  });
}
