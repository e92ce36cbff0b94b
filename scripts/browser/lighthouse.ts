import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { QUIET_FLAGS, chromiumPath } from './browser.ts';
import { cpuBlockingTime, type TraceEvent } from './blocking-time.ts';

/** The page types readers meet most, in both languages (npm run bench:lighthouse scores them; bench:build prints their performance). */
export const lighthousePages = [
  '/nl/',
  '/en/',
  '/nl/position-paper/inleiding/',
  '/en/position-paper/introduction-and-perspectives/',
  '/nl/leergemeenschappen/',
  '/en/communities/',
  '/nl/leergemeenschappen/vitaal-in-brainport/',
  '/en/communities/vitaal-in-brainport/',
  '/nl/actiescan/',
  '/en/action-scan/',
];

const chromeFlags = ['--headless=new', ...QUIET_FLAGS];

export interface LighthouseScores {
  accessibility: number;
  'best-practices': number;
  seo: number;
  performance: number;
  /** Titles of the audits that did not pass, for a readable failure. */
  failing: string[];
}

/**
 * Runs Lighthouse (the npm package) on a list of URLs in the test browser and returns each
 * page's category scores as whole numbers out of 100.
 */
export async function lighthouseScores(
  urls: string[],
  categories = ['accessibility', 'best-practices', 'seo', 'performance'],
): Promise<Map<string, LighthouseScores>> {
  const { path } = await chromiumPath();
  const chrome = await chromeLauncher.launch({
    chromePath: path,
    chromeFlags,
  });
  const scores = new Map<string, LighthouseScores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        formFactor: 'desktop',
        screenEmulation: { disabled: true },
        throttlingMethod: 'provided',
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.categories)
        .filter((category) => category.id !== 'performance')
        .flatMap((category) => category.auditRefs)
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (audit) =>
            audit &&
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'notApplicable' &&
            audit.scoreDisplayMode !== 'manual',
        )
        .map((audit) => `${audit?.id}: ${audit?.title}`);
      scores.set(url, {
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        performance: score('performance'),
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

/** Lighthouse's mobile performance figures for one page: score out of 100, times in ms. */
export interface MobilePerformance {
  performance: number;
  totalBlockingTime: number;
  /** The same blocking time, from the CPU time of the page's tasks (see blocking-time.ts). */
  cpuBlockingTime: number;
  cumulativeLayoutShift: number;
  largestContentfulPaint: number;
}

/**
 * Lighthouse on a phone, as its default configuration measures one (a mid-range phone on a
 * slow 4G connection, simulated), `runs` times; the run with the median score, and the
 * median of the CPU-time blocking figure. A page's score varies from run to run on a busy
 * machine.
 */
export async function mobilePerformance(url: string, runs = 3): Promise<MobilePerformance> {
  const { path } = await chromiumPath();
  const chrome = await chromeLauncher.launch({
    chromePath: path,
    chromeFlags,
  });
  const results: MobilePerformance[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result?.lhr;
      if (!result || !lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const events = result.artifacts.Trace.traceEvents as unknown as TraceEvent[];
      results.push({
        performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
        totalBlockingTime: value('total-blocking-time'),
        cpuBlockingTime: cpuBlockingTime(events, lhr.finalDisplayedUrl, lhr.configSettings.throttling.cpuSlowdownMultiplier),
        cumulativeLayoutShift: value('cumulative-layout-shift'),
        largestContentfulPaint: value('largest-contentful-paint'),
      });
    }
  } finally {
    chrome.kill();
  }
  const middle = <T>(values: T[]) => values[Math.floor(values.length / 2)];
  const median = middle(results.toSorted((a, b) => a.performance - b.performance));
  if (!median) throw new Error(`No Lighthouse run for ${url}`);
  return { ...median, cpuBlockingTime: middle(results.map((run) => run.cpuBlockingTime).toSorted((a, b) => a - b)) ?? Number.NaN };
}
