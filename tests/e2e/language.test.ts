import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, openPage, siteOrigin } from '../../scripts/browser/browser.ts';

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
    const result = await followSwitch('/en/position-paper/inleiding/');
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

describe('the language choice at /', () => {
  it('offers both languages as plain links without JavaScript', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await openPage(context, '/');
    const links = await page.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(['/nl/', '/en/']);
    await context.close();
  });

  it("forwards by the browser's language", async () => {
    for (const [locale, expected] of [['en-GB', '/en/'], ['nl-NL', '/nl/']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${siteOrigin()}/`);
      await page.waitForURL((url) => url.pathname === expected);
      expect(await page.getAttribute('html', 'lang')).toBe(expected.slice(1, 3));
      await context.close();
    }
  });
});
