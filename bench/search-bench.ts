/**
 * `npm run bench:search`: measures search on a generated corpus of more than 2,000 pages
 * (bench/corpus.ts) in Chromium, then checks the query set in tests/search/ against
 * the real site. Prints:
 *   - bytes transferred for the first query, compressed (Brotli and gzip), everything
 *     included: Pagefind's scripts, WebAssembly, metadata, index chunks, filters, fragments;
 *   - the median time from keystroke to results on screen for warm queries;
 *   - the index size on disk, and the site's search vocabularies;
 *   - recall at 5 on the query set by kind of query, for the site's search and for Pagefind
 *     alone on the same index, and the share of queries without results (bench/query-recall.ts);
 *   - Lighthouse's mobile figures for the search page with a query, in both languages
 *     (`npm run bench:search -- --phone`: only these, on the site built in dist/).
 * Not part of `npm test`: it builds the site twice and takes a few minutes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../scripts/browser/browser.ts';
import { mobilePerformance } from '../scripts/browser/lighthouse.ts';
import { serveDirectory, type Compression } from '../scripts/browser/static-server.ts';
import { searchDebounce, siteModuleFolder } from '../src/features/search/search-config.ts';
import { firstQuery, ourSearch } from './browser-metrics.ts';
import { printRecall } from './query-recall.ts';
import { defaultSize, writeCorpus } from './corpus.ts';
import { files, kb } from './measure.ts';

/** The first query, on a profile of the generated corpus: pasted (one input), and typed as a reader types it. */
const FIRST = { page: '/nl/leergemeenschappen/bench-1/', query: 'zorgorganisaties', keyDelay: 120 } as const;
/** Warm queries: after the first, with Pagefind loaded. Every one has results in the corpus. */
const WARM = [
  'zorg',
  'gemeenschap',
  'organisaties',
  'Fryslân',
  'Ljouwert',
  'energie',
  'wijkaanpak',
  'docenten',
  'onderzoek',
  'water',
  'leergemeenschap',
  'netwerk',
  'studenten',
  'praktijk',
  'coalitie',
  'regio',
  'gezondheid',
  'werkplek',
  'haven',
  'partners',
];

const brotliSize = (path: string) => brotliCompressSync(readFileSync(path)).length;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function build(content: string, outDir: string, cacheDir: string): void {
  const started = Date.now();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, KENNISBANK_CONTENT_DIR: content, KENNISBANK_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`The build of ${content} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  const indexed = /Indexed (\d+) pages for search; split (\d+) Dutch compound words/.exec(result.stdout);
  console.log(
    `  built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${indexed?.[1] ?? '?'} pages indexed, ${indexed?.[2] ?? '?'} Dutch compound words split`,
  );
}

interface Timing {
  /** From the input event (a keystroke) to the first result link on screen. */
  total: number;
  /** From Pagefind's search starting (after the input's wait for more keystrokes) to the same. */
  afterWait: number;
}

/** In the page, with the dialog open: the timing of one query, entered as one keystroke would. */
async function keystrokeToResults(page: Page, query: string): Promise<Timing> {
  return page.evaluate(
    (query) =>
      new Promise<Timing>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('dialog.pf-modal input.pf-input');
        const list = document.querySelector('dialog.pf-modal ul.pf-results');
        const marks = window as unknown as { searchStartedAt?: number };
        if (!input || !list) {
          reject(new Error('The search dialog is not open.'));
          return;
        }
        let cleared = false;
        let started = 0;
        const observer = new MutationObserver(() => {
          if (!list.querySelector('.pf-result-link')) cleared = true;
          else if (cleared) {
            observer.disconnect();
            const now = performance.now();
            resolve({ total: now - started, afterWait: now - (marks.searchStartedAt ?? started) });
          }
        });
        observer.observe(list, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`No results for "${query}" within 10 s.`)), 10_000);
        input.value = query;
        started = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** In the page: Pagefind's own search time for a query whose index chunks are loaded (its API, no UI). */
async function apiSearchTime(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.options({ noWorker: true });
    await pagefind.search(query);
    const started = performance.now();
    await pagefind.search(query);
    return performance.now() - started;
  }, query);
}

async function warmQueries(
  browser: Browser,
  origin: string,
): Promise<{ total: number; afterWait: number; firstTime: number; api: number }> {
  const page = await browser.newPage();
  await page.goto(`${origin}${FIRST.page}`);
  await page.keyboard.press('/');
  await page.locator('dialog.pf-modal[open] input').waitFor();
  await page.keyboard.type(FIRST.query);
  await page.locator('dialog.pf-modal .pf-result-link').first().waitFor({ timeout: 30_000 });
  await page.evaluate(() => {
    const instance = (
      window as unknown as {
        PagefindComponents: { getInstanceManager(): { getInstance(name: string): { on(event: string, callback: () => void): void } } };
      }
    ).PagefindComponents.getInstanceManager().getInstance('dialog');
    instance.on('search', () => {
      (window as unknown as { searchStartedAt: number }).searchStartedAt = performance.now();
    });
  });
  const firstTime: Timing[] = [];
  for (const query of WARM) firstTime.push(await keystrokeToResults(page, query));
  const warm: Timing[] = [];
  for (const query of WARM) warm.push(await keystrokeToResults(page, query));
  const api: number[] = [];
  for (const query of WARM) api.push(await apiSearchTime(page, query));
  await page.close();
  return {
    total: median(warm.map((timing) => timing.total)),
    afterWait: median(warm.map((timing) => timing.afterWait)),
    firstTime: median(firstTime.map((timing) => timing.total)),
    api: median(api),
  };
}

interface LanguageIndex {
  words: number;
  chunks: number;
  fragments: number;
  filters: number;
  meta: number;
}

/** Pagefind's files for one language, by kind, and all of its output. */
function indexSize(site: string): { nl: LanguageIndex; en: LanguageIndex; total: number; scripts: number } {
  const all = files(join(site, 'pagefind')).map((file) => ({ ...file, path: file.path.slice(join(site, 'pagefind').length) }));
  const sum = (list: { size: number }[]) => list.reduce((total, file) => total + file.size, 0);
  const of = (lang: string): LanguageIndex => {
    const chunks = all.filter((file) => file.path.startsWith(`/index/${lang}_`));
    return {
      words: sum(chunks),
      chunks: chunks.length,
      fragments: sum(all.filter((file) => file.path.startsWith(`/fragment/${lang}_`))),
      filters: sum(all.filter((file) => file.path.startsWith(`/filter/${lang}_`))),
      meta: sum(all.filter((file) => file.path.startsWith(`/pagefind.${lang}_`))),
    };
  };
  return { nl: of('nl'), en: of('en'), total: sum(all), scripts: sum(all.filter((file) => /\.(js|css)$/.test(file.path))) };
}

/**
 * What every page carries for search before the reader opens it: the script the page loads
 * (the header's: the search loader, compressed as a host serves it) and the dialog's template.
 */
function readingPageCost(site: string): { loader: number; loaderGzip: number; template: number; templateGzip: number } {
  const html = readFileSync(join(site, 'nl/begrippen/fieldlab/index.html'), 'utf8');
  const source = /<script type="module" src="([^"]*Header[^"]*)"/.exec(html)?.[1];
  const loader = source ? readFileSync(join(site, source)) : Buffer.alloc(0);
  const template = /<template id="search-dialog"[\s\S]*?<\/template>/.exec(html)?.[0] ?? '';
  return {
    loader: loader.length,
    loaderGzip: gzipSync(loader).length,
    template: Buffer.byteLength(template),
    templateGzip: gzipSync(template).length,
  };
}

/** The search page with a query, as a reader on a phone opens it from a shared link, in both languages. */
const LIGHTHOUSE_PAGES = ['/nl/zoeken/?q=zorg', '/en/search/?q=care'];

/** Lighthouse's mobile figures for the search pages of a served site. */
async function printPhone(origin: string): Promise<void> {
  console.log(`\nLighthouse, mobile (simulated mid-range phone on slow 4G; median of 3 runs):`);
  for (const page of LIGHTHOUSE_PAGES) {
    const phone = await mobilePerformance(`${origin}${page}`);
    console.log(
      `  ${page}: performance ${phone.performance}, total blocking time ${phone.totalBlockingTime.toFixed(0)} ms (${phone.cpuBlockingTime.toFixed(0)} ms from CPU time), cumulative layout shift ${phone.cumulativeLayoutShift.toFixed(3)}, largest contentful paint ${phone.largestContentfulPaint.toFixed(0)} ms`,
    );
  }
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kennisbank-bench-'));
  try {
    const perLanguage = 45 + defaultSize.communities + defaultSize.terms + defaultSize.guides;
    console.log(
      `Generating a corpus: the real content plus ${defaultSize.communities} profiles, ${defaultSize.terms} glossary terms and ${defaultSize.guides} guides per language (${perLanguage} indexed pages per language).`,
    );
    const corpus = writeCorpus(work);
    console.log('Building the corpus...');
    build(corpus, join(work, 'corpus-site'), join(work, 'corpus-cache'));
    console.log('Building the real site...');
    build(join(process.cwd(), 'content'), join(work, 'real-site'), join(work, 'real-cache'));

    const browser = await launchBrowser();
    try {
      const corpusSite = join(work, 'corpus-site');
      console.log(
        `\nFirst query ("${FIRST.query}" on ${FIRST.page}, fresh cache; everything from pressing "/" until the results stop loading):`,
      );
      for (const compression of ['br', 'gzip'] as Compression[]) {
        const { server, origin } = await serveDirectory(corpusSite, 0, compression);
        const ui = ourSearch(FIRST.page, FIRST.query);
        const pasted = await firstQuery(browser, origin, ui, false);
        const typed = await firstQuery(browser, origin, ui, true, FIRST.keyDelay);
        const name = compression === 'br' ? 'Brotli' : 'gzip  ';
        console.log(
          `  ${name}: ${kb(pasted.bytes)} in ${pasted.requests} requests as one query; ${kb(typed.bytes)} in ${typed.requests} requests typed at ${FIRST.keyDelay} ms a key (a search per keystroke)`,
        );
        if (pasted.searchRequestsBeforeOpening + typed.searchRequestsBeforeOpening > 0)
          console.log('  (search files were requested before search was opened)');
        server.close();
      }

      const { server, origin } = await serveDirectory(corpusSite, 0, 'br');
      const times = await warmQueries(browser, origin);
      server.close();
      console.log(`\nWarm queries, median of ${WARM.length} (each run once before; Pagefind loaded):`);
      console.log(
        `  keystroke to first result on screen: ${times.total.toFixed(1)} ms (the input waits ${searchDebounce} ms for more keystrokes)`,
      );
      console.log(`  search start to first result on screen (the Component UI's search and rendering): ${times.afterWait.toFixed(1)} ms`);
      console.log(`  Pagefind's search alone (its API, no UI): ${times.api.toFixed(1)} ms`);
      console.log(`  keystroke to first result for a query not run before: ${times.firstTime.toFixed(1)} ms`);

      const size = indexSize(corpusSite);
      console.log('\nIndex size on disk (generated corpus; Pagefind writes its index files gzipped):');
      for (const [name, index] of [
        ['Dutch', size.nl],
        ['English', size.en],
      ] as const) {
        console.log(
          `  ${name}: ${kb(index.words + index.fragments + index.filters + index.meta)}: word index ${kb(index.words)} in ${index.chunks} chunks, page fragments ${kb(index.fragments)}, filters ${kb(index.filters)}, metadata ${kb(index.meta)}`,
        );
      }
      console.log(`  all of dist/pagefind: ${kb(size.total)}, of which ${kb(size.scripts)} Pagefind's scripts and styles`);
      const vocabularies = files(join(corpusSite, 'pagefind', siteModuleFolder)).filter((file) => file.path.endsWith('.json'));
      console.log(
        `  the site's search vocabularies (loaded with the first query, one language): ${vocabularies.map((file) => `${file.path.split('/').pop()} ${kb(file.size)} (${kb(brotliSize(file.path))} Brotli)`).join(', ')}`,
      );

      const cost = readingPageCost(corpusSite);
      console.log('\nOn every reading page before search is opened (no search request is made):');
      console.log(
        `  search loader (the header's script) ${cost.loader} bytes (${cost.loaderGzip} gzip), dialog template ${cost.template} bytes (${cost.templateGzip} gzip)`,
      );

      console.log('\nQuery set (tests/search/queries.ts) on the real site:');
      const real = await serveDirectory(join(work, 'real-site'), 0, 'br');
      await printRecall(browser, real.origin);
      await printPhone(real.origin);
      real.server.close();
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `npm run bench:search -- --phone [site]`: only the Lighthouse figures, on a built site
 * (dist/ unless named): a minute or two instead of the whole bench, to try a change.
 */
async function phoneOnly(): Promise<void> {
  const site = process.argv[process.argv.indexOf('--phone') + 1] ?? 'dist';
  const { server, origin } = await serveDirectory(resolve(site), 0, 'br');
  try {
    await printPhone(origin);
  } finally {
    server.close();
  }
}

await (process.argv.includes('--phone') ? phoneOnly() : main());
