import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from '../../src/kernel/build/html-files.ts';
import { explainProblem } from '../../src/kernel/content-safety/problem.ts';
import { contributorLanguage } from '../../src/kernel/i18n/contributor/language.ts';
import { contributorTexts, reason } from '../../src/kernel/i18n/contributor/messages.ts';
import type { Locale } from '../../src/kernel/i18n/locales.ts';
import { formatAnnotation, formatProblem, type ExplainedProblem, type Problem } from '../validation/problem.ts';

/** The URL path a built file is served at: dist/nl/over/index.html -> /nl/over/ */
function pagePath(dist: string, file: string): string {
  return `/${relative(dist, file).replaceAll('\\', '/')}`.replace(/index\.html$/, '');
}

const targets = new Map<string, string | undefined>();
/** The file a path is served from, or undefined when it does not exist; asked of the disk once per path. */
function fileFor(dist: string, path: string): string | undefined {
  if (targets.has(path)) return targets.get(path);
  const candidate = join(dist, decodeURIComponent(path));
  const index = join(candidate, 'index.html');
  const target = existsSync(candidate) && statSync(candidate).isFile() ? candidate : existsSync(index) ? index : undefined;
  targets.set(path, target);
  return target;
}

/** The line of a position in a text (only worked out for a problem: it reads the text up to there). */
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
    ids.set(file, found);
  }
  return found;
}

const movedTargets = new Map<string, string | undefined>();
/** Where a page that only points on (a former address, with a meta refresh) leads; undefined for any other page. */
function movedTo(file: string): string | undefined {
  if (!movedTargets.has(file)) {
    const target = file.endsWith('.html')
      ? /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1]
      : undefined;
    movedTargets.set(file, target?.replaceAll('&amp;', '&'));
  }
  return movedTargets.get(file);
}

/**
 * After the build: every internal link (`href="/..."` or `href="#..."`) on every page leads
 * to a page that exists, and its `#anchor` to an element with that id, in both languages.
 * The problems' texts are in `lang`, by default the contributor's language. A link to a
 * former address (a page that only points on) is reported too: the site links to the new
 * address itself; the former one is kept for links from elsewhere.
 */
export function checkBuiltLinks(
  dist: string,
  lang: Locale = contributorLanguage(),
): { problems: ExplainedProblem[]; pages: number; links: number } {
  ids.clear();
  targets.clear();
  movedTargets.clear();
  const problems: Problem[] = [];
  const files = htmlFiles(dist);
  let links = 0;
  for (const file of files) {
    const from = pagePath(dist, file);
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = (match[1] ?? '').replaceAll('&amp;', '&');
      if (!href.startsWith('#') && !(href.startsWith('/') && !href.startsWith('//'))) continue;
      links += 1;
      const [pathAndQuery = '', anchor] = href.split('#');
      const path = pathAndQuery.split('?')[0] || from;
      const target = fileFor(dist, path);
      if (!target) {
        problems.push({ file: `dist${from}`, line: lineAt(html, match.index), field: href, ...reason('link.broken', { path }) });
        continue;
      }
      // A link within the page itself (its skip link) is no link to the former address.
      const movedTarget = path === from ? undefined : movedTo(target);
      if (movedTarget) {
        const linkTarget = `${movedTarget}${anchor ? `#${anchor}` : ''}`;
        problems.push({
          file: `dist${from}`,
          line: lineAt(html, match.index),
          field: href,
          ...reason('link.moved', { path, movedTo: movedTarget, target: linkTarget }),
        });
        continue;
      }
      if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) {
        problems.push({
          file: `dist${from}`,
          line: lineAt(html, match.index),
          field: href,
          ...reason('link.broken-anchor', { anchor, page: pagePath(dist, target) }),
        });
      }
    }
  }
  return { problems: problems.map((problem) => explainProblem(problem, lang)), pages: files.length, links };
}

/**
 * Checks the links of a built site and prints the result: a summary line, or every broken
 * link (and GitHub annotations on GitHub Actions). Returns whether all links are valid.
 */
export function reportBuiltLinks(dist: string, lang: Locale = contributorLanguage()): boolean {
  const t = contributorTexts(lang);
  const { problems, pages, links } = checkBuiltLinks(dist, lang);
  if (problems.length === 0) {
    console.log(t('links.valid', { links, pages }));
    return true;
  }
  console.error(`${t('links.broken', { count: problems.length, links, pages })}\n`);
  for (const problem of problems) console.error(`${formatProblem(problem, lang)}\n`);
  if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of problems) console.log(formatAnnotation(problem));
  return false;
}
