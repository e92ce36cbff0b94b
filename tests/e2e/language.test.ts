import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, openPage, siteOrigin } from '../../scripts/browser/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function followSwitch(from: string): Promise<{ path: string; lang: string | null; title: string }> {
  const { context, outside } = await isolatedContext(browser);
  const page = await openPage(context, from);
  await Promise.all([page.waitForURL((url) => url.pathname !== from), page.click('[data-language-switch]')]);
  const result = { path: new URL(page.url()).pathname, lang: await page.getAttribute('html', 'lang'), title: await page.title() };
  await context.close();
  expect(outside).toEqual([]);
  return result;
}

describe('the language switch', () => {
  it('leads from a Dutch profile to the same profile in English', async () => {
    const result = await followSwitch('/nl/leergemeenschappen/vitaal-in-brainport/');
    expect(result).toMatchObject({ path: '/en/communities/vitaal-in-brainport/', lang: 'en' });
  });

  it('leads from an English chapter to the same chapter in Dutch', async () => {
    const result = await followSwitch('/en/position-paper/introduction-and-perspectives/');
    expect(result).toMatchObject({ path: '/nl/position-paper/inleiding/', lang: 'nl' });
  });

  it('leads between pages whose slugs are translated', async () => {
    expect(await followSwitch('/nl/over/')).toMatchObject({ path: '/en/about/', lang: 'en' });
    expect(await followSwitch('/en/accessibility/')).toMatchObject({ path: '/nl/toegankelijkheid/', lang: 'nl' });
  });

  it('leads between section indexes with their own names', async () => {
    expect(await followSwitch('/nl/begrippen/')).toMatchObject({ path: '/en/glossary/', lang: 'en' });
    expect(await followSwitch('/en/transfer-guides/')).toMatchObject({ path: '/nl/overdrachtsgidsen/', lang: 'nl' });
  });
});

describe('English addresses', () => {
  const FORMER = '/en/position-paper/opzetten/';
  const CHAPTER = '/en/position-paper/setting-up-a-learning-community/';

  async function html(path: string): Promise<string> {
    const response = await fetch(`${siteOrigin()}${path}`);
    expect(response.status, path).toBe(200);
    return response.text();
  }

  it('leads from a Dutch chapter to its English address, and back', async () => {
    expect(await followSwitch('/nl/position-paper/opzetten/')).toMatchObject({ path: CHAPTER, lang: 'en' });
    expect(await followSwitch(CHAPTER)).toMatchObject({ path: '/nl/position-paper/opzetten/', lang: 'nl' });
  });

  it('keeps a former address as a page that points on: refresh, canonical, noindex and a link, outside search', async () => {
    const page = await html(FORMER);
    expect([...page.matchAll(/<meta http-equiv="refresh" content="([^"]+)"/g)].map((match) => match[1])).toEqual([`0; url=${CHAPTER}`]);
    const canonical = [...page.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((match) => new URL(match[1] ?? '').pathname);
    expect(canonical).toEqual([CHAPTER]);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('data-pagefind-body');
    // The link for readers without refresh, with the text in both languages.
    expect(
      [...page.matchAll(/<a href="([^"]+)"[^>]*data-moved-to[^>]*>Setting up a learning community<\/a>/g)].map((match) => match[1]),
    ).toEqual([CHAPTER, CHAPTER]);
    expect(page).toContain('This page has moved');
    expect(page).toContain('Deze pagina is verhuisd');
  });

  it('sends a reader on from a former address, to the same section where the address names one', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context } = await isolatedContext(browser, { javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${siteOrigin()}${FORMER}`);
      await page.waitForURL((url) => url.pathname === CHAPTER);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await context.close();
    }
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${siteOrigin()}${FORMER}#vijf-maatschappelijke-opgaven`);
    await page.waitForURL((url) => url.pathname === CHAPTER);
    expect(new URL(page.url()).hash).toBe('#vijf-maatschappelijke-opgaven');
    await context.close();
  });

  it('lists the new address, never the former, in the sitemap, the open data and the feed', async () => {
    const listed = sitemapPaths();
    expect(listed).toContain(CHAPTER);
    expect(listed).not.toContain(FORMER);
    expect(listed).not.toContain('/en/glossary/proeftuin/');
    const { communities } = JSON.parse(await html('/data/communities.json')) as { communities: { id: string; url_en: string }[] };
    expect(new URL(communities.find((row) => row.id === 'twentse-energietransitie')?.url_en ?? '').pathname).toBe(
      '/en/communities/twente-learning-communities-for-the-energy-transition/',
    );
    const feed = await html('/en/feed.xml');
    expect(feed).toContain('/en/transfer-guides/from-neighbourhood-to-region/');
    expect(feed).not.toContain('/en/transfer-guides/van-wijk-naar-regio/');
  });
});

describe('the language choice at /', () => {
  it('offers both languages as plain links without JavaScript', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await openPage(context, '/');
    const links = await page.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(['/nl/', '/en/']);
    await context.close();
  });

  it("forwards by the browser's language", async () => {
    for (const [locale, expected] of [
      ['en-GB', '/en/'],
      ['nl-NL', '/nl/'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${siteOrigin()}/`);
      await page.waitForURL((url) => url.pathname === expected);
      expect(await page.getAttribute('html', 'lang')).toBe(expected.slice(1, 3));
      await context.close();
    }
  });
});
