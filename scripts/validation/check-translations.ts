import { sameOutline, sourceHeadings, type SourceHeading } from '../../src/markdown/heading-ids.ts';
import type { EntryFile } from './collect.ts';
import type { Problem } from './problem.ts';

function outline(headings: readonly SourceHeading[]): string {
  return headings.map((heading) => `${'#'.repeat(heading.depth)} ${heading.text}`).join(' | ') || 'no headings';
}

/**
 * A translation keeps the Dutch version's section headings: the same number, at the same
 * levels, in the same order. Both languages then share section ids, so a link to a section
 * and the language switch work in either language.
 */
export function checkHeadingOutlines(entries: readonly EntryFile[]): Problem[] {
  const dutch = new Map(entries.filter((entry) => entry.lang === 'nl').map((entry) => [`${entry.collection}/${entry.slug}`, entry]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.lang === 'nl') continue;
    const source = dutch.get(`${entry.collection}/${entry.slug}`);
    if (!source) continue;
    const own = sourceHeadings(entry.source.body);
    const original = sourceHeadings(source.source.body);
    if (sameOutline(own, original)) continue;
    const differs = own.findIndex((heading, index) => heading.depth !== original[index]?.depth);
    const at = own[differs >= 0 ? differs : own.length - 1];
    problems.push({
      rule: 'translation.headings',
      file: entry.source.file,
      line: at ? entry.source.bodyStartLine + at.line - 1 : entry.source.bodyStartLine,
      field: 'headings',
      expected: `the same section headings as ${source.source.file} (${original.length}): ${outline(original)}`,
      found: `${own.length}: ${outline(own)}`,
      fix: 'Give the translation one heading for each Dutch heading, at the same level (## or ###) and in the same order.',
    });
  }
  return problems;
}
