/**
 * npm run bench:lighthouse: Lighthouse (desktop) on the page types readers meet most, in both
 * languages, on the built site in dist/. Prints every category's score; exits non-zero when
 * accessibility, best practices or SEO is below 100 on any page, with the failing audits.
 *
 * Not part of `npm test`: every page already passes axe-core and the Content-Security-Policy
 * check there (tests/helpers/page-tour.ts), and Lighthouse adds minutes. CI runs this
 * after the tests (.github/workflows/ci.yml).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { lighthousePages, lighthouseScores } from '../scripts/browser/lighthouse.ts';
import { serveDirectory } from '../scripts/browser/static-server.ts';

const GATED = ['accessibility', 'best-practices', 'seo'] as const;

const dist = resolve('dist');
if (!existsSync(`${dist}/index.html`)) {
  console.error('dist/ has no built site. Build it first: npm run build');
  process.exit(1);
}

const { server, origin } = await serveDirectory(dist, 0, 'br');
try {
  const scores = await lighthouseScores(lighthousePages.map((path) => `${origin}${path}`));
  console.log('Lighthouse, desktop, no throttling, served with Brotli:');
  console.log(`  ${'page'.padEnd(52)}${['a11y', 'pract', 'seo', 'perf'].map((label) => label.padStart(6)).join('')}`);
  const below: string[] = [];
  for (const [url, score] of scores) {
    const path = new URL(url).pathname;
    const figures = [score.accessibility, score['best-practices'], score.seo, score.performance];
    console.log(`  ${path.padEnd(52)}${figures.map((figure) => String(figure).padStart(6)).join('')}`);
    for (const category of GATED) {
      if (score[category] < 100) below.push(`${path} ${category} ${score[category]}: ${score.failing.join('; ')}`);
    }
  }
  if (below.length > 0) {
    console.error(`\nBelow 100:\n${below.map((line) => `  ${line}`).join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  server.close();
}
