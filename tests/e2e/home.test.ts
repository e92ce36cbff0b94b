import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, openPage, siteOrigin } from '../../scripts/browser/browser.ts';
import { communityRecords, listOf, type CommunityRecord } from '../helpers/open-data.ts';

/** The home page shows the field from the content: its numbers are the open data's. */
let browser: Browser;
let records: CommunityRecord[];
beforeAll(async () => {
  browser = await launchBrowser();
  records = await communityRecords();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['nl', 'en'] as const)('the home page (%s)', (lang) => {
  it('counts the learning communities, the profiles, the provinces and the top sectors as the open data does', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, `/${lang}/`);
    const numbers = (await page.locator('.home-figures strong').allTextContents()).map(Number);
    const provinces = new Set(records.flatMap((record) => listOf(record.provinces)));
    const sectors = new Set(records.flatMap((record) => listOf(record.top_sectors)));
    expect(numbers).toEqual([
      records.filter((record) => record.kind === 'learning-community').length,
      records.length,
      provinces.size,
      sectors.size,
    ]);
    await context.close();
  });

  it('links every province that has a profile to its list, with the right count', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, `/${lang}/`);
    const links = await page.locator('.home-provinces li').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('a')?.getAttribute('href') ?? '',
        count: Number(item.querySelector('.home-provinces__count')?.textContent),
      })),
    );
    const perProvince = new Map<string, number>();
    for (const record of records)
      for (const province of listOf(record.provinces)) perProvince.set(province, (perProvince.get(province) ?? 0) + 1);
    expect(links).toHaveLength(perProvince.size);
    for (const link of links) {
      const id = link.href.split('/').filter(Boolean).at(-1) ?? '';
      expect(link.count, link.href).toBe(perProvince.get(id));
      // Read as served and parsed in this page, not opened: the number of provinces grows.
      const html = await (await fetch(`${siteOrigin()}${link.href}`)).text();
      const listed = await page.evaluate(
        (source) =>
          new DOMParser().parseFromString(source, 'text/html').querySelectorAll('.entry-list > li, [data-community-list] > li').length,
        html,
      );
      expect(listed, link.href).toBe(link.count);
    }
    await context.close();
  });

  it('shows the six newest or updated profiles and guides, newest first, each a working link', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, `/${lang}/`);
    const recent = await page.locator('.home-recent > li').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('a')?.getAttribute('href') ?? '',
        date: item.querySelector('time')?.getAttribute('datetime') ?? '',
      })),
    );
    expect(recent).toHaveLength(6);
    const dates = recent.map((entry) => entry.date);
    expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const entry of recent) {
      expect(entry.href).toMatch(new RegExp(`^/${lang}/`));
      expect((await fetch(`${siteOrigin()}${entry.href}`)).status, entry.href).toBe(200);
    }
    expect(await page.locator(`a[href="/${lang}/feed.xml"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});
