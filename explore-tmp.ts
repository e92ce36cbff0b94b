import { serveDirectory } from './tests/helpers/static-server.ts';
import { launchBrowser } from './tests/helpers/browser.ts';
const { server, origin } = await serveDirectory('dist');
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 900, height: 1300 }, colorScheme: scheme });
  await page.goto(`${origin}/nl/actiescan/`);
  const config = await page.evaluate(() => JSON.parse(document.querySelector('script[data-action-scan-config]')!.textContent!));
  const ids = config.definition.dimensions.flatMap((d: any) => d.statements);
  const answers = Object.fromEntries(ids.map((id: string, i: number) => [id, (i % 5) + 1]));
  const compare = Object.fromEntries(ids.map((id: string, i: number) => [id, Math.max(1, (i % 5))]));
  delete answers[ids[20]]; delete answers[ids[21]]; delete answers[ids[22]]; delete answers[ids[23]]; delete answers[ids[24]]; delete answers[ids[25]];
  await page.evaluate((v) => localStorage.setItem('kennisbank-leergemeenschappen:zelfscan', v), JSON.stringify({ answers, date: '2026-11-20', step: 'result', compare: { answers: compare, date: '2026-05-01' } }));
  await page.reload();
  await page.locator('[data-scan-result]').screenshot({ path: `/tmp/shots/compare-${scheme}.png` });
}
await browser.close(); server.close();
