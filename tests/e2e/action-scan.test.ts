import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionScanConfig } from '../../src/features/self-scan/config.ts';
import { STORAGE_KEY } from '../../src/features/self-scan/file.ts';
import { scoreScan, type Answer, type Answers, type DimensionScore } from '../../src/features/self-scan/scoring.ts';
import { axeViolations } from '../helpers/axe.ts';
import { isolatedContext, launchBrowser, openPage } from '../../scripts/browser/browser.ts';
import { htmlFiles } from '../../src/kernel/build/html-files.ts';

const PATHS = { nl: '/nl/actiescan/', en: '/en/action-scan/' } as const;

let browser: Browser;
let downloads: string;
beforeAll(async () => {
  browser = await launchBrowser();
  downloads = mkdtempSync(join(tmpdir(), 'kennisbank-scan-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** What the page tells its script: the scan's structure and its words in the page's language. */
async function configOf(page: Page): Promise<ActionScanConfig> {
  return page.evaluate(() => JSON.parse(document.querySelector('script[data-action-scan-config]')?.textContent ?? '{}'));
}

/** Every statement, in order, with an answer that varies across the scale and includes "don't know". */
function plannedAnswers(config: ActionScanConfig): Answers {
  const statements = config.definition.dimensions.flatMap((dimension) => dimension.statements);
  return Object.fromEntries(
    statements.map((id, index): [string, Answer] => [id, index % 7 === 6 ? 'unknown' : (index % config.definition.points) + 1]),
  );
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.map((violation) => `${where}: ${violation.id} (${violation.help}) at ${violation.nodes.join(' ')}`)).toEqual([]);
}

/** Presses Tab until the focused element matches, as a keyboard user would move on. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 20; presses += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Picks an answer in a radio group with the keyboard only: Space, then the arrow keys. */
async function answerWithKeyboard(page: Page, statement: string, answer: Answer, points: number): Promise<void> {
  await tabTo(page, `input[name="${statement}"]`);
  const wanted = answer === 'unknown' ? points : answer - 1;
  const checkedIndex = () =>
    page.$$eval(`input[name="${statement}"]`, (inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked));
  if ((await checkedIndex()) < 0) await page.keyboard.press('Space');
  for (let moves = 0; moves < 10 && (await checkedIndex()) !== wanted; moves += 1) {
    await page.keyboard.press((await checkedIndex()) < wanted ? 'ArrowRight' : 'ArrowLeft');
  }
  expect(await checkedIndex()).toBe(wanted);
}

/** The result table as text: one row per dimension. */
async function resultRows(page: Page): Promise<string[][]> {
  return page.$$eval('[data-result-rows] tr', (rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

function expectedRows(config: ActionScanConfig, scores: DimensionScore[]): string[][] {
  return scores.map((score) => [
    config.titles[score.id] ?? score.id,
    score.score === null ? config.messages['scan.chart.noScore'] : String(score.score),
    score.band ? config.messages[`scan.band.${score.band}`] : '–',
  ]);
}

/** The chart, table and advice agree with the scores the pure scoring gives for these answers. */
async function expectResult(page: Page, config: ActionScanConfig, answers: Answers): Promise<void> {
  const scores = scoreScan(config.definition, answers);
  expect((await resultRows(page)).map((row) => row.slice(0, 3))).toEqual(expectedRows(config, scores));
  const chart = page.locator('[data-result-chart] svg[role="img"]');
  expect(await chart.isVisible()).toBe(true);
  expect(await chart.locator('.scan-chart__row rect.scan-chart__bar').count()).toBe(scores.filter((score) => score.score !== null).length);
  const description = (await chart.locator('desc').textContent()) ?? '';
  for (const score of scores) {
    expect(description).toContain(`${config.titles[score.id]}: ${score.score ?? config.messages['scan.chart.noScore']}`);
  }
  for (const score of scores) {
    const shown = await page.$$eval(`[data-advice-for="${score.id}"] [data-band]`, (blocks) =>
      blocks.filter((block) => (block as HTMLElement).offsetParent !== null).map((block) => (block as HTMLElement).dataset['band']),
    );
    expect(shown, `advice shown for ${score.id}`).toEqual([score.band]);
    expect(await page.locator(`[data-advice-for="${score.id}"] [data-band="${score.band}"] a[href]`).count()).toBeGreaterThan(0);
  }
}

/** Puts answers in this browser's storage, as the page would have after filling them in. */
async function seed(page: Page, answers: Answers, date: string): Promise<void> {
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    STORAGE_KEY,
    JSON.stringify({ version: 1, answers, date, step: 'result' }),
  ] as const);
  await page.reload();
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-scan-download]')]);
  const path = join(downloads, name);
  await file.saveAs(path);
  return path;
}

describe('the self-scan', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: filled in with the keyboard step by step, with focus and progress announced, axe-clean at every step; shows chart, table and advice; a reload keeps the answers`, async () => {
      const { context, outside } = await isolatedContext(browser);
      const page = await openPage(context, PATHS[lang]);
      const config = await configOf(page);
      const answers = plannedAnswers(config);
      const { dimensions, points } = config.definition;
      const total = dimensions.reduce((sum, dimension) => sum + dimension.statements.length, 0);

      expect(await page.textContent('main')).toContain(lang === 'nl' ? 'niet de officiële actiescan' : 'not the official action scan');
      expect(await page.textContent('main')).toContain(lang === 'nl' ? 'Deze pagina verstuurt niets' : 'This page sends nothing');

      for (const [index, dimension] of dimensions.entries()) {
        // One dimension at a time: only this step's statements can be seen.
        expect(await page.locator('[data-step]:visible').count()).toBe(1);
        expect(await page.isVisible(`[data-step="${dimension.id}"]`)).toBe(true);
        const status = await page.textContent('[data-progress-status]');
        expect(status).toContain(`${index + 1}`);
        expect(status).toContain(config.titles[dimension.id]);
        expect(await page.getAttribute('[data-progress-status]', 'role')).toBe('status');
        await expectNoAxeViolations(page, `${lang} step ${index + 1}`);

        if (index === 0) await page.focus(`#step-${dimension.id}`);
        for (const statement of dimension.statements) await answerWithKeyboard(page, statement, answers[statement] ?? 1, points);

        const last = index === dimensions.length - 1;
        await tabTo(page, last ? '[data-scan-finish]' : '[data-scan-next]');
        await page.keyboard.press('Enter');
        const next = dimensions[index + 1];
        // Focus moves to the new step's heading (or the result's), so a screen reader starts there.
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(next ? `step-${next.id}` : 'scan-result-title');
      }

      expect(await page.textContent('[data-progress-status]')).toContain(`${total}`);
      await expectResult(page, config, answers);
      await expectNoAxeViolations(page, `${lang} result`);

      // Back and forward keep every answer.
      await page.click('[data-scan-edit]');
      await page.click('[data-scan-next]');
      await page.click('[data-scan-previous]');
      const checked = await page.$$eval('input[type="radio"]:checked', (inputs) =>
        Object.fromEntries(inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value])),
      );
      expect(checked).toEqual(Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, String(answer)])));

      await page.click('[data-scan-finish]');
      await page.reload();
      expect(await page.isVisible('[data-scan-result]')).toBe(true);
      await expectResult(page, config, answers);
      expect(await page.$$eval('input[type="radio"]:checked', (inputs) => inputs.length)).toBe(total);

      await context.close();
      expect(outside).toEqual([]);
    }, 180_000);
  }

  it("a share link opens the same result in a fresh browser, leaves that browser's own answers alone, and can be taken over", async () => {
    const first = await isolatedContext(browser);
    const page = await openPage(first.context, PATHS.en);
    const config = await configOf(page);
    const answers = plannedAnswers(config);
    await seed(page, answers, '2026-05-01');
    await page.click('[data-scan-share]');
    const link = await page.inputValue('[data-share-link]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scan-share-link');
    const url = new URL(link);
    expect(url.pathname).toBe(PATHS.en);
    expect(url.hash).toMatch(/^#scan=1\.[0-9a-f]{8}\.20260501\.[1-9x-]+\.[0-9a-f]{8}$/);
    const rows = await resultRows(page);
    await first.context.close();

    const fresh = await isolatedContext(browser);
    const shared = await openPage(fresh.context, `${url.pathname}${url.hash}`);
    expect(await shared.isVisible('[data-scan-shared]')).toBe(true);
    expect(await shared.textContent('[data-shared-text]')).toContain('1 May 2026');
    expect(await resultRows(shared)).toEqual(rows);
    await expectResult(shared, config, answers);
    await expectNoAxeViolations(shared, 'shared result');
    expect(await shared.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBeNull();

    // The language switch carries the shared scan along; the Dutch page shows the same result.
    const dutch = await fresh.context.newPage();
    await dutch.goto(await shared.$eval('[data-language-switch]', (link) => (link as HTMLAnchorElement).href));
    expect(new URL(dutch.url()).pathname).toBe(PATHS.nl);
    expect(await dutch.isVisible('[data-scan-shared]')).toBe(true);
    expect((await resultRows(dutch)).map((row) => row[1])).toEqual(rows.map((row) => row[1]));
    await dutch.close();

    await shared.click('[data-shared-adopt]');
    expect(await shared.isVisible('[data-scan-shared]')).toBe(false);
    expect(new URL(shared.url()).hash).toBe('');
    const kept = JSON.parse((await shared.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)) ?? '{}');
    expect(kept.answers).toEqual(answers);
    await fresh.context.close();
    expect([...first.outside, ...fresh.outside]).toEqual([]);
  });

  it('a tampered or cut-off share link gives a clear message instead of a result, and the scan still works', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, PATHS.nl);
    const config = await configOf(page);
    await seed(page, plannedAnswers(config), '2026-05-01');
    await page.click('[data-scan-share]');
    const hash = new URL(await page.inputValue('[data-share-link]')).hash;
    await context.close();

    const parts = hash.split('.');
    const codes = parts[3] ?? '';
    const tampered = [...parts.slice(0, 3), `${codes[0] === '5' ? '4' : '5'}${codes.slice(1)}`, parts[4]].join('.');
    for (const [broken, words] of [
      [tampered, 'controlecode'],
      [hash.slice(0, -4), 'onvolledig of beschadigd'],
    ] as const) {
      const fresh = await isolatedContext(browser);
      const opened = await openPage(fresh.context, `${PATHS.nl}${broken}`);
      const alert = opened.locator('[data-scan-error]');
      expect(await alert.isVisible()).toBe(true);
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.textContent()).toContain(words);
      expect(await alert.textContent()).toContain('Je eigen antwoorden zijn niet veranderd.');
      expect(await opened.evaluate(() => document.activeElement?.hasAttribute('data-scan-error'))).toBe(true);
      expect(await opened.isVisible('[data-scan-shared]')).toBe(false);
      expect(await opened.isVisible('[data-scan-result]')).toBe(false);
      // The page still works: the first step is there to fill in.
      expect(await opened.isVisible(`[data-step="${config.definition.dimensions[0]?.id}"]`)).toBe(true);
      await expectNoAxeViolations(opened, 'broken share link');
      await fresh.context.close();
    }
  });

  it('downloads the answers as JSON, loads them back in another browser, and compares two scans side by side', async () => {
    const first = await isolatedContext(browser);
    const page = await openPage(first.context, PATHS.nl);
    const config = await configOf(page);
    const answers = plannedAnswers(config);
    await seed(page, answers, '2026-11-01');
    const path = await download(page, 'now.json');
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported).toMatchObject({ format: 'kennisbank-leergemeenschappen/zelfscan', version: 1, date: '2026-11-01', answers });
    expect(await page.textContent('[data-tools-status]')).toContain('zelfscan-2026-11-01.json');
    await first.context.close();

    const second = await isolatedContext(browser);
    const other = await openPage(second.context, PATHS.nl);
    await other.setInputFiles('[data-scan-load]', path);
    // Reading a file is asynchronous: wait for the page to say it is done.
    await expect.poll(() => other.textContent('[data-tools-status]')).toContain('Antwoorden geladen uit now.json');
    expect(await other.isVisible('[data-scan-result]')).toBe(true);
    await expectResult(other, config, answers);

    // Six months earlier, every answer one step lower where it can be.
    const earlier = Object.fromEntries(
      Object.entries(answers).map(([id, answer]) => [id, typeof answer === 'number' && answer > 1 ? answer - 1 : answer]),
    );
    const earlierPath = join(downloads, 'earlier.json');
    writeFileSync(earlierPath, JSON.stringify({ ...exported, date: '2026-05-01', answers: earlier }));
    await other.setInputFiles('[data-compare-file]', earlierPath);
    await expect.poll(() => other.textContent('[data-tools-status]')).toContain('1 mei 2026');
    expect(await other.isVisible('[data-compare-column]')).toBe(true);
    const now = scoreScan(config.definition, answers);
    const before = scoreScan(config.definition, earlier);
    const rows = await resultRows(other);
    rows.forEach((row, index) => {
      const change = (now[index]?.score ?? 0) - (before[index]?.score ?? 0);
      expect(row[4]).toBe(String(before[index]?.score));
      expect(row[5]).toBe(change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0');
    });
    const legend = await other.locator('[data-result-chart] .scan-chart__legend').textContent();
    expect(legend).toContain('1 november 2026');
    expect(legend).toContain('1 mei 2026');
    expect(await other.locator('[data-result-chart] .scan-chart__row rect.scan-chart__bar--compare').count()).toBe(
      before.filter((score) => score.score !== null).length,
    );
    await expectNoAxeViolations(other, 'comparison');

    // A file that is not a saved scan is refused with a reason, and nothing changes.
    const wrongPath = join(downloads, 'wrong.json');
    writeFileSync(
      wrongPath,
      JSON.stringify({ ...exported, answers: { ...answers, [config.definition.dimensions[0]?.statements[0] ?? '']: 9 } }),
    );
    await other.setInputFiles('[data-scan-load]', wrongPath);
    await expect.poll(() => other.textContent('[data-tools-error]')).toContain('wrong.json is niet geladen.');
    const error = await other.textContent('[data-tools-error]');
    expect(error).toContain('staat niet op de schaal van 1 tot 5');
    await expectResult(other, config, answers);
    await expectNoAxeViolations(other, 'file error');
    await second.context.close();
  });

  it('without JavaScript the page is one printable form with every statement, the scoring method and all advice', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await openPage(context, PATHS.nl);
    const config = JSON.parse((await page.textContent('script[data-action-scan-config]')) ?? '{}') as ActionScanConfig;
    const total = config.definition.dimensions.reduce((sum, dimension) => sum + dimension.statements.length, 0);
    expect(await page.locator('fieldset.scan-statement:visible').count()).toBe(total);
    expect(await page.locator('fieldset.scan-statement:visible legend').count()).toBe(total);
    expect(await page.locator('[data-step]:visible').count()).toBe(config.definition.dimensions.length);
    expect(await page.isVisible('[data-scan-nav]')).toBe(false);
    expect(await page.isVisible('[data-scan-tools]')).toBe(false);
    expect(await page.isVisible('.scan-method')).toBe(true);
    expect(await page.locator('[data-band]:visible').count()).toBe(config.definition.dimensions.length * 3);
    expect(await page.textContent('noscript')).toContain('om af te drukken en op papier in te vullen');
    await context.close();
  });

  it('prints the result with its chart, table and advice, and without the form and the tools', async () => {
    const { context } = await isolatedContext(browser);
    const page = await openPage(context, PATHS.en);
    const config = await configOf(page);
    await seed(page, plannedAnswers(config), '2026-05-01');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-result-chart] svg')).toBe(true);
    expect(await page.isVisible('[data-result-rows]')).toBe(true);
    expect(await page.locator('[data-band]:visible').count()).toBe(config.definition.dimensions.length);
    for (const hidden of ['[data-scan-form]', '[data-scan-tools]', '[data-scan-edit]', '.site-header', '.site-footer']) {
      expect(await page.isVisible(hidden), hidden).toBe(false);
    }
    await context.close();
  });

  it('loads its script on this page only, and is linked from the home page and the footer', async () => {
    const html = readFileSync('dist/nl/actiescan/index.html', 'utf8');
    const script = /<script type="module" src="(\/_astro\/ActionScan[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const pages = htmlFiles('dist');
    const using = pages
      .filter((file) => readFileSync(file, 'utf8').includes(script ?? ''))
      .map((file) => file.replaceAll('\\', '/'))
      .sort();
    expect(using).toEqual(['dist/en/action-scan/index.html', 'dist/nl/actiescan/index.html']);

    const { context } = await isolatedContext(browser);
    for (const [home, scan] of [
      ['/nl/', PATHS.nl],
      ['/en/', PATHS.en],
    ] as const) {
      const page = await openPage(context, home);
      expect(await page.locator(`.cards a[href="${scan}"]`).count()).toBe(1);
      expect(await page.locator(`.site-footer a[href="${scan}"]`).count()).toBe(1);
    }
    await context.close();
  });
});
