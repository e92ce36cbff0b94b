/**
 * `npm run bench:build` (part of `npm run bench`): builds one generated corpus at three sizes
 * (about 200, 2,000 and 10,000 pages; BENCH_SIZES=200,2000 to choose) with this site, with a
 * bare Astro + MDX site (the floor: no layout at all; up to 2,000 pages also with this
 * site's Markdown plugins, and with the unified/remark-gfm pipeline instead of Sätteri) and
 * with a minimal Starlight site of the same pages,
 * and prints side by side:
 *   - full build time and pages per second (for this site: validation, Astro, the search
 *     index, social images and the link check), and how time grows with size;
 *   - the time of a rebuild after one profile's text changed, with the cache of the first
 *     build kept (Astro's content store and, on this site, the social images and the pages
 *     of the incremental build, src/routing/cache-keys.ts) and from clean;
 *   - peak memory of the build (all its processes together);
 *   - Pagefind index size, and the bytes of a first search;
 *   - page weight per page type on a first visit, compressed;
 * and then Lighthouse's performance score on the real site.
 * The comparison sites' packages are installed into bench/ on the first run. Takes about
 * an hour and a quarter on two cores (17 minutes with BENCH_SIZES=200,2000); not part of
 * `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../scripts/browser/browser.ts';
import { lighthousePages, lighthouseScores } from '../scripts/browser/lighthouse.ts';
import { serveDirectory } from '../scripts/browser/static-server.ts';
import { pageWeight, type PageWeight } from '../scripts/browser/page-weight.ts';
import { firstQuery, ourSearch, starlightSearch } from './browser-metrics.ts';
import { benchDirectory, readingPages, writeComparisonSites } from './comparison-sites.ts';
import { sizeForPages, writeCorpus } from './corpus.ts';
import { files, kb, mb, measure, measureSteps } from './measure.ts';

const SIZES = (process.env['BENCH_SIZES'] ?? '200,2000,10000').split(',').map(Number);
/** The Markdown variants only need the per-page cost, which the smaller sizes show. */
const VARIANTS_UP_TO = 2000;
const QUERY = 'zorgorganisaties';
const node = process.execPath;
const work = resolve(benchDirectory, '.work');
const astroIn = (root: string) => join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

type SiteName = 'ours' | 'bare' | 'plugins' | 'unified' | 'starlight';
const SITES: readonly SiteName[] = ['ours', 'bare', 'plugins', 'unified', 'starlight'];
const LABEL: Record<SiteName, string> = {
  ours: 'this site',
  bare: 'bare Astro (floor)',
  plugins: 'floor + our plugins',
  unified: 'floor, unified',
  starlight: 'Starlight',
};
/** The sites whose rebuild is measured: the Markdown variants would only repeat the floor's. */
const REBUILT = ['ours', 'bare', 'starlight'] as const;
type RebuiltSite = (typeof REBUILT)[number];
/** The profile whose text a rebuild changes, and each site's cache (Astro's cacheDir), in a size's folder. */
const EDITED_PROFILE: Record<RebuiltSite, string> = {
  ours: 'content/communities/nl/bench-1.mdx',
  bare: 'bare/src/content/docs/communities/nl/bench-1.mdx',
  starlight: 'starlight/src/content/docs/nl/communities/bench-1.mdx',
};
const CACHE: Record<RebuiltSite, string> = {
  ours: 'ours-cache',
  bare: 'bare/node_modules/.astro',
  starlight: 'starlight/node_modules/.astro',
};
/** The Markdown variants of the floor: one choice of ours each, measured alone. */
const VARIANTS: Partial<Record<SiteName, NodeJS.ProcessEnv>> = {
  plugins: { BENCH_MARKDOWN: 'plugins', BENCH_PLUGINS: resolve('src/kernel/markdown/localized-output.ts') },
  unified: { BENCH_MARKDOWN: 'unified' },
};

interface Result {
  seconds: number;
  peakBytes: number;
  htmlPages: number;
  /** Seconds per step, for this site: validation, Astro (with index and images), link check. */
  steps?: number[];
  /** For this site: seconds of the search index and then of the social images, after the pages. */
  searchIndexSeconds?: number;
  socialImageSeconds?: number;
  pagefindBytes?: number;
  /** Bytes from opening search to its results. */
  firstQueryBytes?: number;
  /** Bytes for search from arriving on the page to the results, search code loaded with the page included. */
  searchWithPageBytes?: number;
  weights?: Record<string, PageWeight>;
  /** Builds after one profile's text changed: with the first build's cache, and without it. */
  rebuilds?: { cached: Result; clean: Result };
}

function installComparisonSites(): void {
  if (existsSync(join(benchDirectory, 'node_modules', '@astrojs', 'starlight'))) return;
  console.log('Installing the comparison sites (bench/package.json)...');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: benchDirectory, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm install in bench/ failed; see above.');
}

const htmlCount = (site: string) => files(site).filter((file) => file.path.endsWith('.html')).length;
const directorySize = (directory: string) => (existsSync(directory) ? files(directory).reduce((sum, file) => sum + file.size, 0) : 0);

async function buildOurs(root: string): Promise<Result> {
  const dist = join(root, 'ours');
  const env = { KENNISBANK_CONTENT_DIR: join(root, 'content'), KENNISBANK_CACHE_DIR: join(root, CACHE.ours) };
  const run = await measureSteps([
    { command: node, args: ['scripts/validate-content.ts', root] },
    { command: node, args: [astroIn('.'), 'build', '--outDir', dist], env },
    { command: node, args: ['scripts/check-links.ts', dist] },
  ]);
  const seconds = (pattern: RegExp) => Number(pattern.exec(run.output)?.[1] ?? Number.NaN);
  return {
    seconds: run.seconds,
    peakBytes: run.peakBytes,
    htmlPages: htmlCount(dist),
    steps: run.steps,
    pagefindBytes: directorySize(join(dist, 'pagefind')),
    searchIndexSeconds: seconds(/pages for search;.* in ([\d.]+) s\./),
    socialImageSeconds: seconds(/Social images: \d+ in ([\d.]+) s/),
  };
}

async function buildComparison(site: Exclude<SiteName, 'ours'>, root: string): Promise<Result> {
  const directory = join(root, site === 'starlight' ? 'starlight' : 'bare');
  const outDir = join(directory, site === 'bare' || site === 'starlight' ? 'dist' : `dist-${site}`);
  const run = await measure(node, [astroIn(resolve(benchDirectory)), 'build', '--outDir', outDir], {
    cwd: directory,
    env: VARIANTS[site] ?? {},
  });
  return {
    seconds: run.seconds,
    peakBytes: run.peakBytes,
    htmlPages: htmlCount(outDir),
    pagefindBytes: directorySize(join(outDir, 'pagefind')),
  };
}

/**
 * Changes one profile's text and builds again, first with the cache of the build before,
 * then with the cache removed. Each build changes the text anew, so each has a change to
 * pick up.
 */
async function rebuild(site: RebuiltSite, root: string): Promise<{ cached: Result; clean: Result }> {
  const build = () => (site === 'ours' ? buildOurs(root) : buildComparison(site, root));
  appendFileSync(join(root, EDITED_PROFILE[site]), '\nEen alinea die de benchmark toevoegt voor een herbouw met de cache.\n');
  const cached = await build();
  appendFileSync(join(root, EDITED_PROFILE[site]), '\nEen alinea die de benchmark toevoegt voor een herbouw zonder cache.\n');
  rmSync(join(root, CACHE[site]), { recursive: true, force: true });
  return { cached, clean: await build() };
}

function distOf(site: SiteName, root: string): string {
  return site === 'ours' ? join(root, 'ours') : site === 'starlight' ? join(root, 'starlight', 'dist') : join(root, 'bare', 'dist');
}

/** Page weights of the four reading pages and a first search, on this site and on Starlight. */
async function browserMetrics(browser: Browser, site: 'ours' | 'starlight', root: string, result: Result): Promise<void> {
  const dist = distOf(site, root);
  const { server, origin } = await serveDirectory(dist, 0, 'br');
  try {
    result.weights = {};
    for (const [type, path] of Object.entries(readingPages[site])) result.weights[type] = await pageWeight(browser, origin, dist, path);
    const ui = site === 'ours' ? ourSearch(readingPages.ours.profile, QUERY) : starlightSearch(readingPages.starlight.profile, QUERY);
    const query = await firstQuery(browser, origin, ui);
    result.firstQueryBytes = query.bytes;
    result.searchWithPageBytes = query.withPageLoad;
  } finally {
    server.close();
  }
}

const pad = (text: string, width: number) => text.padEnd(width);
const padStart = (text: string, width: number) => text.padStart(width);

function printTable(results: Map<number, Partial<Record<SiteName, Result>>>): void {
  const sites = SITES;
  const sizes = [...results.keys()];
  const column = 21;
  const row = (label: string, cell: (result: Result, size: number) => string, only: readonly SiteName[] = sites) => {
    for (const size of sizes) {
      const line = only.map((site) => {
        const result = results.get(size)?.[site];
        return padStart(result ? cell(result, size) : '-', column);
      });
      console.log(`${pad(`${label} (${size})`, 34)}${line.join('')}`);
    }
  };
  console.log(`\n${pad('', 34)}${sites.map((site) => padStart(LABEL[site], column)).join('')}`);
  row('HTML pages', (result) => String(result.htmlPages));
  row('build time', (result) => `${result.seconds.toFixed(1)} s`);
  row('pages per second', (result) => (result.htmlPages / result.seconds).toFixed(1));
  row('peak memory', (result) => mb(result.peakBytes));
  row('x floor (build time)', (result, size) => {
    const floor = results.get(size)?.bare;
    return floor ? `${(result.seconds / floor.seconds).toFixed(2)}x` : '-';
  });
  row('rebuild, cache kept', (result) => (result.rebuilds ? `${result.rebuilds.cached.seconds.toFixed(1)} s` : '-'));
  row('x floor (rebuild, cache kept)', (result, size) => {
    const floor = results.get(size)?.bare?.rebuilds;
    return result.rebuilds && floor ? `${(result.rebuilds.cached.seconds / floor.cached.seconds).toFixed(2)}x` : '-';
  });
  row('rebuild from clean', (result) => (result.rebuilds ? `${result.rebuilds.clean.seconds.toFixed(1)} s` : '-'));
  row('Pagefind index on disk', (result) => (result.pagefindBytes ? mb(result.pagefindBytes) : '-'));
  row('search: opening to results', (result) => (result.firstQueryBytes ? kb(result.firstQueryBytes) : '-'));
  row('search: arrival to results', (result) => (result.searchWithPageBytes ? kb(result.searchWithPageBytes) : '-'));

  console.log("Rebuild: a second build after one profile's text changed, with the first build's cache (Astro's content");
  console.log('store; on this site also the social images and every page whose key is unchanged) or with it removed.');
  console.log(`First search: "${QUERY}" on a profile, empty cache, until the results stop loading. "Arrival" counts`);
  console.log('everything fetched from arriving on the page except its HTML and CSS, so search code a site loads with');
  console.log('every page counts too.');
  console.log('\nGrowth: seconds per 1,000 HTML pages at each size (flat = linear growth)');
  for (const site of sites) {
    const perThousand = sizes
      .map((size) => {
        const result = results.get(size)?.[site];
        return result ? `${((result.seconds / result.htmlPages) * 1000).toFixed(1)} s at ${size}` : undefined;
      })
      .filter(Boolean);
    console.log(`  ${pad(LABEL[site], 22)}${perThousand.join(', ')}`);
  }

  const ours = sizes.map((size) => [size, results.get(size)?.ours] as const).filter(([, result]) => result?.steps);
  console.log('\nThis site, by step: validation / Astro / link check; within Astro, after the pages are written, the search');
  console.log('index and then the social images (drawn, or copied from the cache on the rebuild that keeps it):');
  const bySteps = (run: Result | undefined) =>
    `${run?.steps?.map((seconds) => `${seconds.toFixed(1)} s`).join(' / ')}; search index ${run?.searchIndexSeconds?.toFixed(1)} s, social images ${run?.socialImageSeconds?.toFixed(1)} s`;
  for (const [size, result] of ours) {
    console.log(`  ${size}, first build:          ${bySteps(result)}`);
    console.log(`  ${size}, rebuild, cache kept:  ${bySteps(result?.rebuilds?.cached)}`);
    console.log(`  ${size}, rebuild from clean:   ${bySteps(result?.rebuilds?.clean)}`);
  }

  console.log('\nPage weight on a first visit, compressed (Brotli): HTML + CSS + JS + fonts + other = total');
  for (const size of sizes) {
    for (const site of ['ours', 'starlight'] as const) {
      const weights = results.get(size)?.[site]?.weights;
      if (!weights) continue;
      for (const [type, weight] of Object.entries(weights)) {
        console.log(
          `  ${pad(`${size}, ${LABEL[site]}, ${type}`, 36)}${[weight.html, weight.css, weight.js, weight.fonts, weight.other].map(kb).join(' + ')} = ${kb(weight.total)}`,
        );
      }
    }
  }
}

async function lighthousePerformance(): Promise<void> {
  const root = join(work, 'real');
  rmSync(root, { recursive: true, force: true });
  const dist = join(root, 'dist');
  await measure(node, [astroIn('.'), 'build', '--outDir', dist], { env: { KENNISBANK_CACHE_DIR: join(root, 'cache') } });
  const { server, origin } = await serveDirectory(dist, 0, 'br');
  try {
    const scores = await lighthouseScores(
      lighthousePages.map((path) => `${origin}${path}`),
      ['performance'],
    );
    console.log('\nLighthouse performance on the real site (desktop, no throttling, served with Brotli):');
    for (const [url, score] of scores) console.log(`  ${pad(new URL(url).pathname, 48)}${score.performance}`);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  installComparisonSites();
  const results = new Map<number, Partial<Record<SiteName, Result>>>();
  const browser = await launchBrowser();
  try {
    for (const size of SIZES) {
      const root = join(work, String(size));
      rmSync(root, { recursive: true, force: true });
      const counts = sizeForPages(size);
      writeCorpus(root, counts);
      const pages = writeComparisonSites(join(root, 'content'), root);
      console.log(
        `\n${size}: ${pages} content pages (per language ${counts.communities} generated profiles, ${counts.terms} terms, ${counts.guides} guides, ${counts.chapters} chapters, plus the real content)`,
      );
      const sized: Partial<Record<SiteName, Result>> = {};
      results.set(size, sized);
      for (const site of SITES) {
        if (VARIANTS[site] && size > VARIANTS_UP_TO) continue;
        const result = site === 'ours' ? await buildOurs(root) : await buildComparison(site, root);
        sized[site] = result;
        console.log(
          `  ${pad(LABEL[site], 22)}${result.seconds.toFixed(1)} s, ${result.htmlPages} HTML pages, peak ${mb(result.peakBytes)}`,
        );
        if (site === 'ours' || site === 'starlight') await browserMetrics(browser, site, root, result);
        // Before the floor's Markdown variants, which build in its folder: its rebuild keeps its own cache.
        const rebuilt = REBUILT.find((name) => name === site);
        if (rebuilt) {
          result.rebuilds = await rebuild(rebuilt, root);
          console.log(
            `  ${pad('', 22)}rebuild: ${result.rebuilds.cached.seconds.toFixed(1)} s with the cache, ${result.rebuilds.clean.seconds.toFixed(1)} s from clean`,
          );
        }
      }
      rmSync(root, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  printTable(results);
  await lighthousePerformance();
  if (readdirSync(work).length === 0) rmSync(work, { recursive: true, force: true });
}

await main();
