import { expect, it } from 'vitest';
import { siteOrigin } from '../../scripts/browser/browser.ts';
import { lighthousePages, lighthouseScores } from '../../scripts/browser/lighthouse.ts';

it('Lighthouse scores accessibility, best practices and SEO at 100 on home, chapter, directory, profile and self-scan, in both languages', async () => {
  const scores = await lighthouseScores(
    lighthousePages.map((path) => `${siteOrigin()}${path}`),
    ['accessibility', 'best-practices', 'seo'],
  );
  const below = [...scores].flatMap(([url, score]) =>
    (['accessibility', 'best-practices', 'seo'] as const)
      .filter((category) => score[category] < 100)
      .map((category) => `${new URL(url).pathname} ${category} ${score[category]}: ${score.failing.join('; ')}`),
  );
  expect(below).toEqual([]);
}, 600_000);
