import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, openPage } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a position-paper chapter', () => {
  it('has a table of contents whose every link lands on its heading', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/position-paper/opzetten/');
    const targets = await page.$$eval('.toc a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) {
      expect(await page.locator(`[id="${target.slice(1)}"]`).count(), target).toBe(1);
    }
    await page.click(`.toc a[href="${targets[2]}"]`);
    expect(new URL(page.url()).hash).toBe(targets[2]);
    await expect.poll(() => page.locator(`[id="${targets[2]?.slice(1)}"]`).isVisible()).toBe(true);
    await context.close();
  });

  it('links to the previous and next chapter, says how long it reads and what it is', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/position-paper/opbrengsten/');
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toBe('/en/position-paper/opzetten/');
    expect(await page.getAttribute('a[rel="next"]', 'href')).toBe('/en/position-paper/dynamiek-en-begeleiding/');
    expect(await page.textContent('.entry-header')).toMatch(/Reading time: \d+ min/);
    expect(await page.getAttribute('.entry-header .notice a', 'href')).toBe('/en/about-the-position-paper/');
    await context.close();
  });

  it('labels its footnotes in the page language', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/position-paper/inleiding/');
    expect(await page.textContent('#footnote-label')).toBe('Voetnoten');
    expect(await page.getAttribute('[data-footnote-backref]', 'aria-label')).toBe('Terug naar verwijzing 1');
    await context.close();
  });
});

describe('the glossary', () => {
  it('has an A-Z index whose letters lead to their group', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/begrippen/');
    const letters = await page.$$eval('.alphabet a', (links) => links.map((link) => link.textContent));
    expect(letters).toEqual([...letters].sort());
    expect(letters).toContain('F');
    await page.click('.alphabet a[href="#letter-F"]');
    expect(await page.locator('#letter-F + ul a').first().textContent()).toBe('Fieldlab');
    await context.close();
  });

  it('links a <Term> in the text to its entry', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/position-paper/opzetten/');
    const hrefs = await page.$$eval('a.term', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/glossary\/[a-z-]+\/$/);
    await context.close();
  });
});
