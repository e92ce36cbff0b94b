import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { isolatedContext, launchBrowser, openPage } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const paths = sitemapPaths();

it('the sitemap lists pages in both languages', () => {
  expect(paths.filter((path) => path.startsWith('/nl/')).length).toBeGreaterThan(20);
  expect(paths.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(20);
});

// One test for all pages, in one browser context: opening a context per page would cost
// more time than the checks themselves on a two-core machine.
it(`axe-core (WCAG 2.2 AA) finds no violation on any of the ${paths.length} pages, and no request leaves 127.0.0.1`, async () => {
  const { context, outside } = await isolatedContext(browser);
  const failures: string[] = [];
  for (const path of paths) {
    const page = await openPage(context, path);
    const violations = await axeViolations(page);
    for (const violation of violations) failures.push(`${path}: ${violation.id} (${violation.help}) at ${violation.nodes.join(' ')}`);
    const lang = await page.getAttribute('html', 'lang');
    if (path.startsWith('/nl/') && lang !== 'nl') failures.push(`${path}: <html lang="${lang}">, expected nl`);
    if (path.startsWith('/en/') && lang !== 'en') failures.push(`${path}: <html lang="${lang}">, expected en`);
    await page.close();
  }
  await context.close();
  expect(failures).toEqual([]);
  expect(outside).toEqual([]);
}, 600_000);
