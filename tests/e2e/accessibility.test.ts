import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, loadAxeInEveryPage } from '../helpers/axe.ts';
import { cspViolations, isolatedContext, launchBrowser, openPage } from '../../scripts/browser/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { htmlFiles } from '../../src/kernel/build/html-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const paths = sitemapPaths();

it('the sitemap lists every built page but the forwarding pages and the 404 page, the same number in each language', () => {
  const built = htmlFiles('dist')
    .filter((file) => !file.endsWith('/404.html') && !readFileSync(file, 'utf8').includes('data-moved-to'))
    .map((file) => file.slice('dist'.length).replace(/index\.html$/, ''))
    .sort();
  expect(paths).toEqual(built);
  const dutch = paths.filter((path) => path.startsWith('/nl/'));
  expect(paths.filter((path) => path.startsWith('/en/'))).toHaveLength(dutch.length);
});

it('the policy check notices a violation when there is one', async () => {
  const { context } = await isolatedContext(browser);
  const page = await openPage(context, '/nl/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  await context.close();
});

it('the axe check notices two landmarks with one name (a best-practice rule it runs besides WCAG), with axe loaded as the page batches load it', async () => {
  const { context } = await isolatedContext(browser);
  await loadAxeInEveryPage(context);
  const page = await openPage(context, '/nl/');
  expect(await page.evaluate(() => 'axe' in window)).toBe(true);
  await page.evaluate(() => {
    const copy = document.querySelector('header nav')?.cloneNode(true);
    if (copy) document.querySelector('main')?.append(copy);
  });
  expect((await axeViolations(page)).map((violation) => violation.id)).toEqual(['landmark-unique']);
  await context.close();
});

describe('the two pages outside both languages: the language choice at / and the 404 page', () => {
  for (const path of ['/', '/404.html']) {
    it(`${path}: a skip link, a header leading to both home pages, one main and a footer, in both languages; no axe violation`, async () => {
      // A browser that prefers neither language, so that / does not forward it to one.
      const { context, outside } = await isolatedContext(browser, { locale: 'de-DE' });
      const page = await openPage(context, path);
      expect(await page.getAttribute('body > a.skip-link', 'href')).toBe('#main');
      expect(
        await page.$$eval('header a', (links) =>
          links.map((link) => [link.getAttribute('href'), link.closest('[lang]')?.getAttribute('lang')]),
        ),
      ).toEqual([
        ['/nl/', 'nl'],
        ['/en/', 'en'],
      ]);
      // One landmark of each kind, so each is found by its role alone.
      const landmarks = await page.$$eval('header, main, footer, nav, aside', (elements) => elements.map((element) => element.localName));
      expect(landmarks.sort()).toEqual(['footer', 'header', 'main']);
      expect(await page.$$eval('footer p', (texts) => texts.map((text) => text.closest('[lang]')?.getAttribute('lang')))).toEqual([
        'nl',
        'en',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      await context.close();
      expect(outside).toEqual([]);
    });
  }
});
