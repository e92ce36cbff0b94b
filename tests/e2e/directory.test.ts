import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, openPage, siteOrigin } from '../../scripts/browser/browser.ts';
import { communityRecords, listOf, type CommunityRecord } from '../helpers/open-data.ts';

let browser: Browser;
let records: CommunityRecord[];
beforeAll(async () => {
  browser = await launchBrowser();
  records = await communityRecords();
});
afterAll(async () => {
  await browser?.close();
});

/** The slugs of the communities the directory shows. */
async function shown(page: Page): Promise<string[]> {
  return page.$$eval('[data-community-list] > li:not([hidden]) > a', (links) =>
    links.map((link) => (link.getAttribute('href') ?? '').split('/').filter(Boolean).at(-1) ?? '').sort(),
  );
}

/** Ticks a filter option with the keyboard only: Tab to it, then Space. */
async function tickWithKeyboard(page: Page, name: string, value: string): Promise<void> {
  const box = page.locator(`input[name="${name}"][value="${value}"]`);
  await box.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => box.isChecked()).toBe(true);
}

describe('the community directory', () => {
  it('combining two filters narrows the list to exactly the matching communities', async () => {
    const { context, outside } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/leergemeenschappen/');
    expect(await shown(page)).toHaveLength(records.length);

    await tickWithKeyboard(page, 'theme', 'gezondheid-en-zorg');
    const withTheme = records
      .filter((record) => listOf(record.themes).includes('gezondheid-en-zorg'))
      .map((record) => record.id)
      .sort();
    expect(await shown(page)).toEqual(withTheme);

    await tickWithKeyboard(page, 'province', 'overijssel');
    const both = records
      .filter((record) => listOf(record.themes).includes('gezondheid-en-zorg') && listOf(record.provinces).includes('overijssel'))
      .map((record) => record.id)
      .sort();
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(withTheme.length);
    expect(await shown(page)).toEqual(both);
    expect(await page.textContent('[data-result-count]')).toBe(`${both.length} leergemeenschap${both.length === 1 ? '' : 'pen'}`);
    expect(await page.getAttribute('[data-result-count]', 'aria-live')).toBe('polite');
    expect(new URL(page.url()).search).toBe('?province=overijssel&theme=gezondheid-en-zorg');
    await context.close();
    expect(outside).toEqual([]);
  });

  it('any of several choices within one filter widens the list (OR)', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/communities/?province=utrecht&province=groningen');
    const expected = records
      .filter((record) => listOf(record.provinces).some((province) => ['utrecht', 'groningen'].includes(province)))
      .map((record) => record.id)
      .sort();
    expect(await shown(page)).toEqual(expected);
    await context.close();
  });

  it('a shared filter URL restores the same view, in a fresh browser', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/leergemeenschappen/?kind=grozzerdam&province=utrecht');
    expect(await shown(page)).toEqual(['grozzerdam-utrecht']);
    expect(await page.isChecked('input[name="kind"][value="grozzerdam"]')).toBe(true);
    expect(await page.isChecked('input[name="province"][value="utrecht"]')).toBe(true);
    await context.close();
  });

  it('the back button restores the previous view', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/en/communities/');
    await tickWithKeyboard(page, 'kind', 'research-project');
    const research = await shown(page);
    await tickWithKeyboard(page, 'kind', 'grozzerdam');
    expect((await shown(page)).length).toBeGreaterThan(research.length);
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(research);
    expect(await page.isChecked('input[name="kind"][value="grozzerdam"]')).toBe(false);
    await page.goBack();
    await expect.poll(() => shown(page)).toHaveLength(records.length);
    await context.close();
  });

  it('counts beside each option follow the other filters', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/leergemeenschappen/?kind=research-project');
    expect(await page.textContent('[data-count-for="kind:grozzerdam"]')).toBe(
      `(${records.filter((record) => record.kind === 'grozzerdam').length})`,
    );
    expect(await page.textContent('[data-count-for="province:overijssel"]')).toBe('(0)');
    await context.close();
  });

  it('works without JavaScript: every community is listed, and static views per top sector and province', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await openPage(context, '/nl/leergemeenschappen/');
    expect(await page.locator('[data-community-list] > li').count()).toBe(records.length);
    expect(await page.isVisible('[data-community-filters]')).toBe(false);
    const sector = await openPage(context, '/nl/leergemeenschappen/topsector/life-sciences-health/');
    const inSector = records
      .filter((record) => listOf(record.top_sectors).includes('life-sciences-health'))
      .map((record) => record.id)
      .sort();
    expect(await shown(sector)).toEqual(inSector);
    // English pages link each profile at its English address (its own slug), as the open data gives it.
    const province = await openPage(context, '/en/communities/province/overijssel/');
    const englishSlug = (record: CommunityRecord) => record.url_en.split('/').filter(Boolean).at(-1) ?? '';
    expect(await shown(province)).toEqual(
      records
        .filter((record) => listOf(record.provinces).includes('overijssel'))
        .map(englishSlug)
        .sort(),
    );
    await context.close();
  });

  it('offers no filter value and links no sector or province view without a profile behind it', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    for (const directory of ['/nl/leergemeenschappen/', '/en/communities/']) {
      const page = await openPage(context, directory);
      const counts = await page.$$eval('[data-count-for]', (spans) =>
        spans.map((span) => [span.getAttribute('data-count-for'), span.textContent]),
      );
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.filter(([, count]) => count === '(0)')).toEqual([]);
      const views = await page.$$eval('.browse a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(views.length).toBeGreaterThan(0);
      // Read as served, without a browser: with scripts off, every listed profile is shown.
      const empty: string[] = [];
      for (const view of views) {
        const html = await (await fetch(`${siteOrigin()}${view}`)).text();
        const list = /<ul[^>]*data-community-list[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1];
        if (list === undefined || !/<li[\s>]/.test(list)) empty.push(view);
      }
      expect(empty).toEqual([]);
    }
    // A sector that no profile names has no page at all.
    const named = new Set(records.flatMap((record) => listOf(record.top_sectors)));
    const sectors = (load(readFileSync('content/taxonomy/top-sectors.yaml', 'utf8')) as { id: string }[]).map(({ id }) => id);
    expect(sectors).toHaveLength(10);
    for (const sector of sectors.filter((id) => !named.has(id))) {
      expect((await fetch(`${siteOrigin()}/nl/leergemeenschappen/topsector/${sector}/`)).status, sector).toBe(404);
    }
    await context.close();
  });
});

describe('profiles, figures and open data', () => {
  it('a profile links related communities that share a theme, top sector or province', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, '/nl/leergemeenschappen/grozzerdam-deventer/');
    const related = await page.$$eval('.related a', (links) => links.map((link) => link.getAttribute('href')));
    expect(related.length).toBeGreaterThan(0);
    expect(related).toContain('/nl/leergemeenschappen/grozzerdam-utrecht/');
    await context.close();
  });

  it('the figures page draws every chart as SVG with a text alternative and a data table', async () => {
    // Drawn at build time: the charts are all there with JavaScript switched off.
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await openPage(context, '/en/figures/');
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((figure) => ({
        svg: figure.querySelector('svg[role="img"]') !== null,
        description: figure.querySelector('svg desc')?.textContent ?? '',
        rows: figure.querySelectorAll('table tbody tr').length,
      })),
    );
    expect(charts).toHaveLength(5);
    for (const chart of charts.slice(1)) {
      expect(chart.svg).toBe(true);
      expect(chart.description.length).toBeGreaterThan(10);
      expect(chart.rows).toBeGreaterThan(1);
    }
    const tiles = await page.locator('.tile').count();
    expect(tiles).toBe(12);
    // Only what the sources call a learning community counts towards the 100: not research projects, living labs or other forms.
    const learningCommunities = records.filter((record) => record.kind === 'learning-community').length;
    expect(learningCommunities).toBeLessThan(records.length);
    expect(await page.textContent('#progress-desc')).toBe(`${learningCommunities} of the 100 described in this knowledge base`);
    await context.close();
  });

  it('offers the data as JSON and CSV under a stated licence, and a feed per language', async () => {
    const json = (await (await fetch(`${siteOrigin()}/data/communities.json`)).json()) as { licence: { name: string } };
    expect(json.licence.name).toMatch(/CC BY 4\.0/);
    const csv = await (await fetch(`${siteOrigin()}/data/communities.csv`)).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(records.length + 1);
    expect(csv.startsWith('id,kind,title_nl,title_en')).toBe(true);
    expect(csv.split('\r\n')[0]).toContain('top_sectors,top_sector_basis,');
    for (const lang of ['nl', 'en']) {
      const feed = await (await fetch(`${siteOrigin()}/${lang}/feed.xml`)).text();
      expect(feed).toContain('<rss');
      expect([...feed.matchAll(/<item>/g)].length).toBeGreaterThanOrEqual(records.length);
      expect(feed).toContain(`/${lang}/`);
    }
  });
});
