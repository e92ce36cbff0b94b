import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

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

/**
 * Every byte that crosses the network (as the server sends it, compressed) from opening
 * search until the results stop loading, with an empty cache. `typed` enters the query a key
 * at a time, `keyDelay` ms apart, as a reader would; otherwise it arrives as one input.
 */
export async function firstQuery(browser: Browser, origin: string, ui: SearchUi, typed = false, keyDelay = 120): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const types = new Map<string, string>();
  let counting = false;
  let bytes = 0;
  let requests = 0;
  let withPageLoad = 0;
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    urls.set(event.requestId, event.request.url);
    if (event.type) types.set(event.requestId, event.type);
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', (event) => {
    lastActivity = Date.now();
    const type = types.get(event.requestId);
    if (type !== 'Document' && type !== 'Stylesheet') withPageLoad += event.encodedDataLength;
    if (!counting) return;
    bytes += event.encodedDataLength;
    requests += 1;
  });
  await page.goto(`${origin}${ui.page}`, { waitUntil: 'networkidle' });
  const searchRequestsBeforeOpening = [...urls.values()].filter((url) => url.includes('/pagefind/')).length;
  counting = true;
  await ui.open(page);
  if (typed) await page.locator(ui.input).pressSequentially(ui.query, { delay: keyDelay });
  else await page.locator(ui.input).fill(ui.query);
  await page.locator(ui.result).first().waitFor({ timeout: 60_000 });
  while (Date.now() - lastActivity < 750) await page.waitForTimeout(100);
  await context.close();
  return { bytes, requests, searchRequestsBeforeOpening, withPageLoad };
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
 * What a first visit to a page fetches until the network is quiet, each file compressed with
 * Brotli as a static host serves it. Content images are left out; the favicon counts.
 */
export async function pageWeight(browser: Browser, origin: string, site: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const fetched: { path: string; type: string }[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) fetched.push({ path: decodeURIComponent(url.pathname), type: request.resourceType() });
  });
  const page = await context.newPage();
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status() ?? 'nothing'} on ${site}.`);
  await page.waitForTimeout(1000);
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
