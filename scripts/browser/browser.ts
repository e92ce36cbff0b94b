import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * The browser for tests and benchmarks, first found wins: CHROMIUM_PATH, then the system's
 * /usr/bin/chromium, then the Chromium that ships inside the @sparticuz/chromium package,
 * so tests run on a fresh machine where browser downloads are blocked.
 */
export async function chromiumPath(): Promise<{ path: string; args: string[] }> {
  const fromEnvironment = process.env['CHROMIUM_PATH'];
  if (fromEnvironment) return { path: fromEnvironment, args: [] };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', args: [] };
  const packaged = (await import('@sparticuz/chromium')).default;
  // Its own flag set targets AWS Lambda (single process, web security off): not for tests.
  return { path: await packaged.executablePath(), args: [] };
}

/** Chromium without its background traffic or first-run work; each launcher adds its headless flag. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function launchOptions(): Promise<{ executablePath: string; args: string[]; headless: true }> {
  const { path, args } = await chromiumPath();
  return { executablePath: path, args: [...new Set([...args, '--headless', ...QUIET_FLAGS])], headless: true };
}

/**
 * Where a shared browser listens (`BROWSER_ENDPOINT`): the e2e tests' global setup starts one
 * Chromium for all their files (startSharedBrowser) instead of one per file.
 */
const SHARED = 'BROWSER_ENDPOINT';

/**
 * A browser: the shared one when a test run started it, else a Chromium of its own. Closing
 * the shared one only disconnects from it, closing the contexts this caller opened.
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED];
  if (shared) return chromium.connect(shared);
  return chromium.launch(await launchOptions());
}

/** Starts one Chromium that launchBrowser() connects to in this process and the ones it starts; returns how to stop it. */
export async function startSharedBrowser(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(await launchOptions());
  process.env[SHARED] = server.wsEndpoint();
  return async () => {
    delete process.env[SHARED];
    await server.close();
  };
}

/** The server's address, written by the global setup. */
export function siteOrigin(): string {
  const origin = process.env['SITE_ORIGIN'];
  if (!origin) throw new Error('SITE_ORIGIN is not set: run the e2e tests through `npm run test:e2e`.');
  return origin;
}

/**
 * A context that records every request that leaves 127.0.0.1 (and blocks it), so a test
 * can assert that the site sends nothing to third parties.
 */
export async function isolatedContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; locale?: string } = {},
): Promise<{ context: BrowserContext; outside: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const outside: string[] = [];
  // Records every Content-Security-Policy violation, for cspViolations().
  await context.addInitScript(() => {
    const record: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = record;
    document.addEventListener('securitypolicyviolation', (event) => {
      record.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return { context, outside };
}

/** Goes to a path of the site in a tab and waits for its load event; throws when it answers an error. */
export async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${siteOrigin()}${path}`, { waitUntil: 'load' });
  if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
}

export async function openPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await visit(page, path);
  return page;
}

/** The Content-Security-Policy violations the page has met so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
