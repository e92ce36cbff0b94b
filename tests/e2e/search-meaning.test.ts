import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/kernel/i18n/en.json' with { type: 'json' };
import nl from '../../src/kernel/i18n/nl.json' with { type: 'json' };
import { COMPOUND_SEAM } from '../../src/features/search/compound-words.ts';
import { cspViolations, isolatedContext, launchBrowser, openPage } from '../../scripts/browser/browser.ts';
import { siteSearch } from '../../scripts/browser/pagefind-search.ts';
import { dialog, homePages, resultCount, resultPaths, searchOnPage } from '../helpers/search.ts';

/**
 * Search that finds what a reader means (src/features/search/query-plan.ts): typos corrected
 * with a "did you mean" line, questions, compound parts, synonyms, plurals, and excerpts
 * without the seams of the index, in both languages.
 */
const text = { nl, en };
const notice = (lang: 'nl' | 'en', key: 'corrected' | 'synonyms' | 'partial', words = '') =>
  text[lang][`search.notice.${key}`].replace('{{words}}', words);

let browser: Browser;
let pages: Partial<Record<'nl' | 'en', Page>> = {};
beforeAll(async () => {
  browser = await launchBrowser();
  pages = await homePages(browser);
});
afterAll(async () => {
  await browser?.close();
});

function on(lang: 'nl' | 'en'): Page {
  const page = pages[lang];
  if (!page) throw new Error(`No page open for ${lang}.`);
  return page;
}

describe('a misspelt word', () => {
  for (const [lang, path, typo, word, expected] of [
    ['nl', '/nl/zoeken/', 'leergemeenschpa', 'leergemeenschap', '/nl/begrippen/leergemeenschap/'],
    ['en', '/en/search/', 'acessibility', 'accessibility', '/en/accessibility/'],
  ] as const) {
    it(`${lang}: "${typo}" searches "${word}" and says so on the search page, with no results from a shortened word`, async () => {
      const { context, outside } = await isolatedContext(browser);
      const page = await openPage(context, path);
      // The page shows the results on screen only; the first five come from the same module.
      const shown = await searchOnPage(page, typo);
      const { paths } = await siteSearch(page, typo);
      expect(paths).toContain(expected);
      expect(shown).toEqual(paths.slice(0, shown.length));
      const line = page.locator('[data-search-page] [data-search-notice]');
      await line.waitFor({ state: 'visible' });
      expect(await line.innerText()).toBe(notice(lang, 'corrected', word));
      // As many results as the word spelt right: nothing found through a prefix of the typo.
      const misspelt = await resultCount(page.locator('[data-search-page]'));
      await searchOnPage(page, word);
      expect(await resultCount(page.locator('[data-search-page]'))).toBe(misspelt);
      await expect.poll(() => line.isHidden()).toBe(true);
      expect(await cspViolations(page)).toEqual([]);
      await context.close();
      expect(outside).toEqual([]);
    });
  }

  it('in the dialog, shows the "did you mean" line with the corrected results', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/glossary/');
    await page.keyboard.press('/');
    await dialog(page).locator('input').waitFor();
    await page.keyboard.type('microcredentail');
    expect((await resultPaths(dialog(page))).slice(0, 5)).toContain('/en/glossary/microcredential-and-skills-passport/');
    await expect.poll(() => dialog(page).locator('[data-search-notice]').innerText()).toBe(notice('en', 'corrected', 'microcredential'));
    await context.close();
  });

  it('that matches nothing and is near no indexed word finds nothing, and says it was left out', async () => {
    const result = await siteSearch(on('en'), 'qxzvbnw');
    expect(result.paths).toEqual([]);
    expect(result.notice).toBe(en['search.notice.unknown'].replace('{{words}}', 'qxzvbnw'));
  });
});

describe('a question', () => {
  for (const [lang, query, expected] of [
    ['nl', 'hoe start ik een leergemeenschap', '/nl/position-paper/opzetten/'],
    ['en', 'when did the GROZzerdammen start', '/en/glossary/grozzerdam/'],
  ] as const) {
    it(`${lang}: "${query}" finds its page without its stop words`, async () => {
      expect((await siteSearch(on(lang), query)).paths).toContain(expected);
    });
  }

  for (const [lang, query] of [
    ['nl', 'grozzerdam waterstof'],
    ['en', 'grozzerdam hydrogen'],
  ] as const) {
    it(`${lang}: "${query}", words no page has together, gives the best partial matches and says so`, async () => {
      const result = await siteSearch(on(lang), query);
      expect(result.paths.length).toBeGreaterThan(0);
      expect(result.notice).toBe(notice(lang, 'partial'));
    });
  }
});

describe('compounds, synonyms and plurals', () => {
  for (const [lang, query, expected, kind] of [
    ['nl', 'fabriek', '/nl/leergemeenschappen/duurzaamheidsfabriek/', 'a part the site writes only inside "Duurzaamheidsfabriek"'],
    ['en', 'fabriek', '/en/communities/duurzaamheidsfabriek/', 'a part the site writes only inside "Duurzaamheidsfabriek"'],
    [
      'nl',
      'competentieprofiel',
      '/nl/overdrachtsgidsen/ervaringsdeskundigen-leren-professionals/',
      'a part the site writes only inside "beroepscompetentieprofiel"',
    ],
    ['nl', 'gidsen', '/nl/overdrachtsgidsen/van-wijk-naar-regio/', 'a plural of "gids"'],
    ['en', 'microcredentials', '/en/glossary/microcredential-and-skills-passport/', 'a plural of "microcredential"'],
  ] as const) {
    it(`${lang}: "${query}", ${kind}, finds its page`, async () => {
      expect((await siteSearch(on(lang), query)).paths).toContain(expected);
    });
  }

  for (const [lang, query, siteWord, expected] of [
    ['nl', 'AVG', 'privacy', '/nl/privacy/'],
    ['en', 'screenreader', 'screen reader', '/en/accessibility/'],
  ] as const) {
    it(`${lang}: "${query}" also searches the site's word "${siteWord}" (content/search/synonyms.yaml) and says so`, async () => {
      const result = await siteSearch(on(lang), query);
      expect(result.paths).toContain(expected);
      expect(result.notice).toBe(notice(lang, 'synonyms', siteWord));
    });
  }
});

describe("excerpts read through the site's Pagefind module", () => {
  for (const [lang, query] of [
    ['nl', 'gemeenschap'],
    ['en', 'leergemeenschappen'],
  ] as const) {
    it(`${lang}: "${query}" shows compounds without the index's seams`, async () => {
      const result = await siteSearch(on(lang), query, 10);
      expect(result.excerpts.length).toBeGreaterThan(0);
      expect(result.excerpts.join(' ')).toMatch(/<mark>/);
      expect(result.excerpts.filter((excerpt) => excerpt.includes(COMPOUND_SEAM))).toEqual([]);
    });
  }
});
