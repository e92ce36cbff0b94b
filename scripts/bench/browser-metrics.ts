import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';

/** How to search on a site: where, how the search opens, its input and its result links. */
export interface SearchUi {
  page: string;
  query: string;
  open(page: Page): Promise<void>;
  input: string;
  result: string;
}

/** This site: `/` opens Pagefind's Component UI dialog. */
export function ourSearch(page: string, query: string): SearchUi {
  return {
    page,
    query,
    open: async (tab) => {
      await tab.keyboard.press('/');
      await tab.locator('dialog.pf-modal[open] input').waitFor();
    },
    input: 'dialog.pf-modal input',
    result: 'dialog.pf-modal .pf-result-link',
  };
}

/** Starlight: its search button opens a dialog with Pagefind's default UI. */
export function starlightSearch(page: string, query: string): SearchUi {
  return {
    page,
    query,
    open: async (tab) => {
      await tab.locator('button[data-open-modal]').first().click();
      await tab.locator('dialog[open] input.pagefind-ui__search-input').waitFor();
    },
    input: 'dialog[open] input.pagefind-ui__search-input',
    result: 'dialog[open] .pagefind-ui__result-link',
  };
}

export interface FirstQuery {
  /** Bytes from opening search until the results stop loading. */
  bytes: number;
  requests: number;
  /** Requests for search files made before search was opened. */
  searchRequestsBeforeOpening: number;
  /**
   * Bytes for search from arriving on the page to the results: everything the visit and the
   * search fetched except the page's HTML and CSS. A site that loads its search code with the
   * page (Starlight) pays for it here too, as its readers do.
   */
  withPageLoad: number;
}

/** The bytes a finished request took on the wire: compressed body and headers. */
async function wireBytes(request: Request): Promise<number> {
  const sizes = await request.sizes();
  let body = sizes.responseBodySize;
  if (body <= 0) {
    // Some responses (a worker's own script) come without a size: count what the server sent.
    const response = await request.response();
    const content = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
    const encoding = (await response?.allHeaders())?.['content-encoding'];
    body = encoding === 'br' ? brotliCompressSync(content).length : encoding === 'gzip' ? gzipSync(content).length : content.length;
  }
  return body + sizes.responseHeadersSize;
}

/** Waits until no request has started or finished for `quiet` ms (at most 20 s). */
async function settle(page: Page, lastActivity: () => number, quiet: number): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() - lastActivity() < quiet && Date.now() < until) await page.waitForTimeout(100);
}

/**
 * Every byte that crosses the network (as the server sends it, compressed) from opening
 * search until the results stop loading, with an empty cache. Requests of Web Workers count
 * too (Starlight searches in one). `typed` enters the query a key at a time, `keyDelay` ms
 * apart, as a reader would; otherwise it arrives as one input.
 */
export async function firstQuery(browser: Browser, origin: string, ui: SearchUi, typed = false, keyDelay = 120): Promise<FirstQuery> {
  const context = await browser.newContext();
  let searching = false;
  let lastActivity = Date.now();
  const startedWhileSearching = new Map<Request, boolean>();
  const finished: Promise<{ searching: boolean; type: string; url: string; bytes: number }>[] = [];
  context.on('request', (request) => {
    lastActivity = Date.now();
    startedWhileSearching.set(request, searching);
  });
  context.on('requestfinished', (request) => {
    lastActivity = Date.now();
    const during = startedWhileSearching.get(request) ?? searching;
    finished.push(wireBytes(request).then((bytes) => ({ searching: during, type: request.resourceType(), url: request.url(), bytes })));
  });
  const page = await context.newPage();
  await page.goto(`${origin}${ui.page}`, { waitUntil: 'networkidle' });
  await settle(page, () => lastActivity, 2000);
  searching = true;
  await ui.open(page);
  if (typed) await page.locator(ui.input).pressSequentially(ui.query, { delay: keyDelay });
  else await page.locator(ui.input).fill(ui.query);
  await page.locator(ui.result).first().waitFor({ timeout: 60_000 });
  await settle(page, () => lastActivity, 1000);
  const requests = await Promise.all(finished);
  await context.close();
  const during = requests.filter((request) => request.searching);
  return {
    bytes: during.reduce((sum, request) => sum + request.bytes, 0),
    requests: during.length,
    searchRequestsBeforeOpening: requests.filter((request) => !request.searching && request.url.includes('/pagefind/')).length,
    withPageLoad: requests.filter((request) => request.type !== 'document' && request.type !== 'stylesheet').reduce((sum, request) => sum + request.bytes, 0),
  };
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

/**
 * What a first visit to a page fetches until the network has been quiet for 3 s (so scripts
 * loaded when the browser is idle count), each file compressed with
 * Brotli as a static host serves it. Content images are left out; the favicon counts.
 */
export async function pageWeight(browser: Browser, origin: string, site: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const fetched: { path: string; type: string }[] = [];
  let lastActivity = Date.now();
  context.on('request', (request) => {
    lastActivity = Date.now();
    const url = new URL(request.url());
    if (url.origin === origin) fetched.push({ path: decodeURIComponent(url.pathname), type: request.resourceType() });
  });
  context.on('requestfinished', () => {
    lastActivity = Date.now();
  });
  const page = await context.newPage();
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status() ?? 'nothing'} on ${site}.`);
  // Scripts a page loads when the browser is idle count too: wait for 3 s of quiet.
  await settle(page, () => lastActivity, 3000);
  await context.close();
  const weight: PageWeight = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0 };
  for (const resource of fetched) {
    if (resource.type === 'image' && !/favicon/.test(resource.path)) continue;
    let file = join(site, resource.path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) continue;
    const size = brotliCompressSync(readFileSync(file)).length;
    const key = ({ document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' } as const)[resource.type as 'document'] ?? 'other';
    weight[key] += size;
    weight.total += size;
  }
  return weight;
}
