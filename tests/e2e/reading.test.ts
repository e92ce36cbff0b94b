import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, openPage, siteOrigin } from '../../scripts/browser/browser.ts';
import { axeViolations } from '../helpers/axe.ts';

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
    const page = await openPage(context, '/en/position-paper/what-taking-part-yields/');
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toBe('/en/position-paper/setting-up-a-learning-community/');
    expect(await page.getAttribute('a[rel="next"]', 'href')).toBe('/en/position-paper/dynamics-and-guidance/');
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

  it('separates adjacent footnote markers, so footnotes 2 and 3 do not read as footnote 23', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/position-paper/introduction-and-perspectives/');
    // Each marker directly followed by another: its text, separator included.
    const followed = await page.$$eval('sup:has(> [data-footnote-ref])', (markers) =>
      markers
        .filter((marker) => marker.nextSibling instanceof Element && marker.nextSibling.matches('sup'))
        .map((marker) => marker.textContent),
    );
    expect(followed.length).toBeGreaterThan(0);
    for (const text of followed) expect(text).toMatch(/^\d+,$/);
    await context.close();
  });
});

describe('sections shared across languages', () => {
  it('every section heading has a link to its own address', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/position-paper/next-steps/');
    const headings = await page.$$eval('.prose :is(h2, h3)[id]:not(#footnote-label)', (elements) =>
      elements.map((element) => ({
        id: element.id,
        link: element.querySelector('a.heading-anchor')?.getAttribute('href'),
        label: element.querySelector('a.heading-anchor')?.getAttribute('aria-label'),
      })),
    );
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) {
      expect(heading.link).toBe(`#${heading.id}`);
      expect(heading.label).toMatch(/^Link to this heading: /);
    }
    await context.close();
  });

  it('switching language from a section lands on the same section', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/position-paper/opzetten/');
    const ids = await page.$$eval('.prose h2[id]:not(#footnote-label)', (elements) => elements.map((element) => element.id));
    const target = ids[2] ?? '';
    // Read on to the third section by scrolling, as a reader would, without touching the address.
    await page.locator(`[id="${target}"]`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await Promise.all([page.waitForURL(/\/en\//), page.click('[data-language-switch]')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/position-paper/setting-up-a-learning-community/');
    expect(url.hash).toBe(`#${target}`);
    expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
    await context.close();
  });

  it('switching language from a section in the address lands on that section, also on a tall window', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    const path = '/nl/position-paper/opzetten/';
    await page.goto(`${siteOrigin()}${path}`);
    // A short section: when a link puts its heading at the top, the next heading is in the
    // upper part of the window too, where the reader's place was once taken from.
    const target = await page.$$eval(
      'main :is(h2, h3)[id]',
      (headings) =>
        headings.find((heading, index) => {
          heading.scrollIntoView({ block: 'start' });
          const next = headings[index + 1];
          return next !== undefined && next.getBoundingClientRect().top < window.innerHeight * 0.4;
        })?.id,
    );
    expect(target).toBeDefined();
    await page.goto(`${siteOrigin()}${path}#${target}`);
    await Promise.all([page.waitForURL(/\/en\//), page.click('[data-language-switch]')]);
    expect(new URL(page.url()).hash).toBe(`#${target}`);
    await context.close();
  });
});

describe('the page with the whole paper', () => {
  for (const [path, chapterWord] of [
    ['/nl/position-paper/afdrukken/', 'Hoofdstuk'],
    ['/en/position-paper/print/', 'Chapter'],
  ] as const) {
    it(`${path} holds every chapter once, each with a citation`, async () => {
      const { context } = await isolatedContext(browser);
      const chapterPage = await openPage(context, path.replace(/(afdrukken|print)\/$/, ''));
      const chapterLinks = await chapterPage.$$eval('.entry-list a', (links) => links.map((link) => link.textContent?.trim()));
      const page = await openPage(context, path);
      const titles = await page.$$eval('.print-chapter__title', (elements) => elements.map((element) => element.textContent?.trim()));
      expect(titles).toHaveLength(5);
      expect(titles).toEqual(chapterLinks);
      expect(await page.locator('.print-chapter .cite').count()).toBe(5);
      expect(await page.textContent('.print-chapter')).toContain(`${chapterWord} 1`);
      const duplicateIds = await page.$$eval('[id]', (elements) => {
        const seen = new Set<string>();
        return elements.map((element) => element.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
      });
      expect(duplicateIds).toEqual([]);
      // Landmarks with one name each: each chapter's citation is named after its chapter,
      // and the chapters' asides are notes, not landmarks.
      const citationNames = await page.$$eval('.print-chapter .cite', (sections) =>
        sections.map((section) =>
          (section.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent?.trim())
            .join(' '),
        ),
      );
      expect(new Set(citationNames).size).toBe(5);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(
        await page
          .locator('.print-chapter')
          .nth(1)
          .evaluate((element) => getComputedStyle(element).breakBefore),
      ).toBe('page');
      await context.close();
    });
  }
});

describe('the glossary', () => {
  it('has an A-Z index whose letters lead to their group', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/begrippen/');
    const letters = await page.$$eval('.alphabet a', (links) => links.map((link) => link.textContent));
    expect(letters).toEqual([...letters].sort());
    expect(letters).toContain('F');
    await page.click('.alphabet a[href="#letter-F"]');
    // The F group lists the F terms in order, first among them the first alphabetically.
    const fTerms = await page.locator('#letter-F + ul a').allTextContents();
    expect(fTerms).toContain('Fieldlab');
    expect(fTerms.every((term) => term.startsWith('F'))).toBe(true);
    expect(fTerms).toEqual([...fTerms].sort((a, b) => a.localeCompare(b, 'nl')));
    await context.close();
  });

  it('puts a space after "Zie ook:"', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/begrippen/living-lab/');
    expect(await page.textContent('.see-also')).toMatch(/^Zie ook: \p{L}/u);
    await context.close();
  });

  it('links a <Term> in the text to its entry', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/position-paper/setting-up-a-learning-community/');
    const hrefs = await page.$$eval('a.term', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/glossary\/[a-z-]+\/$/);
    await context.close();
  });
});
