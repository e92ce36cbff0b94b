import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { settle } from '../scripts/browser/page-weight.ts';

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
    withPageLoad: requests
      .filter((request) => request.type !== 'document' && request.type !== 'stylesheet')
      .reduce((sum, request) => sum + request.bytes, 0),
  };
}
