import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkBuiltLinks } from '../../scripts/build/built-links.ts';

let dist: string;
function page(path: string, html: string): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html><body>${html}</body></html>`);
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'kennisbank-links-'));
  page('nl/a', '<h2 id="intro">Intro</h2>\n<a href="#intro">ok</a>\n<a href="/nl/b/">ok</a>\n<a href="/nl/b/#doel">ok</a>\n<a href="/nl/c/">missing page</a>\n<a href="/nl/b/#weg">missing anchor</a>\n<a href="https://groz.nl/">external</a>\n<a href="/data/x.json">file</a>\n<a href="/nl/b/?q=zorg">query</a>');
  page('nl/b', '<h2 id="doel">Doel</h2>');
  // A former address that points on, and a page of the site that still links to it.
  page('en/old', '<meta http-equiv="refresh" content="0; url=/en/new/"><a href="/en/new/">New</a>');
  page('en/new', '<h2 id="goal">Goal</h2>');
  page('en/links', '<a href="/en/old/#goal">old address</a>');
  mkdirSync(join(dist, 'data'));
  writeFileSync(join(dist, 'data/x.json'), '{}');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

it('finds a link to a missing page, a link to a missing section and a link to a former address, with page and line', () => {
  const { problems, links } = checkBuiltLinks(dist);
  expect(links).toBe(9);
  expect(problems.map((problem) => [problem.rule, problem.file, problem.line, problem.field])).toEqual([
    ['link.moved', 'dist/en/links/', 1, '/en/old/#goal'],
    ['link.broken', 'dist/nl/a/', 5, '/nl/c/'],
    ['link.broken-anchor', 'dist/nl/a/', 6, '/nl/b/#weg'],
  ]);
  for (const problem of problems) expect(problem.fix.length).toBeGreaterThan(20);
  expect(problems[0]?.fix).toBe('Link to /en/new/#goal instead.');
});
