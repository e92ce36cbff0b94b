import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { cspViolations, isolatedContext, launchBrowser, openPage } from '../helpers/browser.ts';
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

// One test for all pages, in one browser context: opening a context per page would cost
// more time than the checks themselves on a two-core machine.
it(`on all ${paths.length} pages: no axe-core (WCAG 2.2 AA) violation, no Content-Security-Policy violation, no request leaving 127.0.0.1, no cookie`, async () => {
  const { context, outside } = await isolatedContext(browser);
  const failures: string[] = [];
  for (const path of paths) {
    const page = await openPage(context, path);
    for (const violation of await cspViolations(page)) failures.push(`${path}: CSP ${violation}`);
    const violations = await axeViolations(page);
    for (const violation of violations) failures.push(`${path}: ${violation.id} (${violation.help}) at ${violation.nodes.join(' ')}`);
    const lang = await page.getAttribute('html', 'lang');
    if (path.startsWith('/nl/') && lang !== 'nl') failures.push(`${path}: <html lang="${lang}">, expected nl`);
    if (path.startsWith('/en/') && lang !== 'en') failures.push(`${path}: <html lang="${lang}">, expected en`);
    await page.close();
  }
  const cookies = await context.cookies();
  await context.close();
  expect(failures).toEqual([]);
  expect(outside).toEqual([]);
  expect(cookies).toEqual([]);
}, 600_000);
