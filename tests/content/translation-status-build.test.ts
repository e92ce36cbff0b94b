import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFixture, copyContent } from './helpers.ts';

/**
 * A small git history: everything committed in January; in March the Dutch source of one
 * glossary term changes, and one English term is removed (its Dutch original is marked
 * untranslated). The build must call the first translation outdated and the second missing.
 */
let copy: ReturnType<typeof copyContent>;
let outDir: string;

function commit(message: string, date: string): void {
  const environment = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['-C', copy.root, 'add', '-A'], { env: environment });
  execFileSync('git', ['-C', copy.root, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', message], { env: environment });
}

beforeAll(() => {
  copy = copyContent();
  execFileSync('git', ['-C', copy.root, 'init', '-q']);
  commit('All content', '2026-01-10T12:00:00+01:00');
  copy.edit('content/glossary/nl/fieldlab.mdx', (text) => `${text.trimEnd()}\n\nEen zin die de Nederlandse bron later kreeg.\n`);
  rmSync(join(copy.root, 'content/glossary/en/proeftuin.mdx'));
  copy.edit('content/glossary/nl/proeftuin.mdx', (text) => text.replace(/^updated:/m, 'untranslated: true\nupdated:'));
  commit('Dutch source changed', '2026-03-05T12:00:00+01:00');
  outDir = buildFixture(copy.root);
}, 180_000);

afterAll(() => copy?.remove());

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

it('shows readers of an outdated translation when the source changed, with a link to it', () => {
  const html = read('en/glossary/fieldlab/index.html');
  const notice = /<div[^>]*data-outdated-notice[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  expect(notice).toContain('Translation may be out of date');
  expect(notice).toContain('changed on 5 March 2026');
  expect(notice).toContain('(10 January 2026)');
  expect(notice).toContain('href="/nl/begrippen/fieldlab/"');
});

it('shows no such notice on the source or on translations that are up to date', () => {
  expect(read('nl/begrippen/fieldlab/index.html')).not.toContain('data-outdated-notice');
  expect(read('en/glossary/living-lab/index.html')).not.toContain('data-outdated-notice');
});

it('lists every entry on the status page as translated, outdated or missing, in both languages', () => {
  for (const path of ['nl/vertaalstatus/index.html', 'en/translation-status/index.html']) {
    const html = read(path);
    expect(html).toMatch(/data-entry="glossary\/fieldlab" data-state="outdated"/);
    expect(html).toMatch(/data-entry="glossary\/proeftuin" data-state="missing"/);
    expect(html).toMatch(/data-entry="glossary\/living-lab" data-state="translated"/);
    expect(html).not.toContain('data-history-note');
  }
  expect(read('nl/vertaalstatus/index.html')).toMatch(/data-status-summary[^>]*>\d+ vertaald, 1 verouderd, 1 ontbrekend\./);
});
