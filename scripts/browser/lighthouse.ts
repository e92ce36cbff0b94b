import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser.ts';

/** The page types readers meet most, in both languages (the tests check these; the bench prints their performance). */
export const lighthousePages = [
  '/nl/', '/en/',
  '/nl/position-paper/inleiding/', '/en/position-paper/introduction-and-perspectives/',
  '/nl/leergemeenschappen/', '/en/communities/',
  '/nl/leergemeenschappen/vitaal-in-brainport/', '/en/communities/vitaal-in-brainport/',
  '/nl/actiescan/', '/en/action-scan/',
];

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
export async function lighthouseScores(urls: string[], categories = ['accessibility', 'best-practices', 'seo', 'performance']): Promise<Map<string, LighthouseScores>> {
  const { path } = await chromiumPath();
  const chrome = await chromeLauncher.launch({
    chromePath: path,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const scores = new Map<string, LighthouseScores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'provided' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.categories)
        .filter((category) => category.id !== 'performance')
        .flatMap((category) => category.auditRefs)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => `${audit?.id}: ${audit?.title}`);
      scores.set(url, { accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), performance: score('performance'), failing });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
