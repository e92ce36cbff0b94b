import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** Waits until no request has started or finished for `quiet` ms (at most 20 s). */
export async function settle(page: Page, lastActivity: () => number, quiet: number): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() - lastActivity() < quiet && Date.now() < until) await page.waitForTimeout(100);
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  fonts: number;
  /** Anything else fetched (JSON, WebAssembly, the favicon...), except content images. */
  other: number;
  total: number;
}

const compressed = new Map<string, number>();
/** A built file's size compressed with Brotli, as a static host serves it (once per file). */
export function compressedSize(file: string): number {
  let size = compressed.get(file);
  if (size === undefined) {
    size = brotliCompressSync(readFileSync(file)).length;
    compressed.set(file, size);
  }
  return size;
}

/**
 * What a first visit to a page fetches until the network has been quiet for `quiet` ms, or
 * with `'idle'` until the page has been idle and its requests have ended (so scripts loaded
 * when the browser is idle count either way), each file compressed with Brotli as a
 * static host serves it. Content images are left out; the favicon counts. Used by the weight
 * budgets in the tests and by `npm run bench:build`.
 */
export async function pageWeight(
  browser: Browser,
  origin: string,
  site: string,
  path: string,
  quiet: number | 'idle' = 3000,
): Promise<PageWeight> {
  const context = await browser.newContext();
  const fetched: { path: string; type: string }[] = [];
  let lastActivity = Date.now();
  let inFlight = 0;
  let allDone: (() => void) | undefined;
  const finished = () => {
    lastActivity = Date.now();
    inFlight -= 1;
    if (inFlight === 0) allDone?.();
  };
  context.on('request', (request) => {
    lastActivity = Date.now();
    inFlight += 1;
    const url = new URL(request.url());
    if (url.origin === origin) fetched.push({ path: decodeURIComponent(url.pathname), type: request.resourceType() });
  });
  context.on('requestfinished', finished);
  context.on('requestfailed', finished);
  const page = await context.newPage();
  const response = await page.goto(`${origin}${path}`, { waitUntil: quiet === 'idle' ? 'load' : 'networkidle' });
  if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status() ?? 'nothing'} on ${site}.`);
  if (quiet === 'idle') {
    // Until the page has had an idle moment (so scripts it loads when idle have started)
    // and every request it started has ended: conditions, not a length of time.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve()))));
    if (inFlight > 0) await new Promise<void>((resolve) => (allDone = resolve));
  } else {
    await settle(page, () => lastActivity, quiet);
  }
  await context.close();
  const weight: PageWeight = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0 };
  for (const resource of fetched) {
    if (resource.type === 'image' && !/favicon/.test(resource.path)) continue;
    let file = join(site, resource.path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) continue;
    const size = compressedSize(file);
    const key = ({ document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' } as const)[resource.type as 'document'] ?? 'other';
    weight[key] += size;
    weight.total += size;
  }
  return weight;
}
