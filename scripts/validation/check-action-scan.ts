import { slugsOf, sourceHeadings } from '../../src/kernel/markdown/heading-ids.ts';
import type { ActionScanDimension } from '../../src/kernel/schemas/action-scan.ts';
import type { EntryFile } from './collect.ts';
import type { Problem } from './problem.ts';
import { positionOfPath, type SourceFile } from './source-file.ts';
import { closestMatch } from './suggest.ts';

export interface ValidDimension {
  source: SourceFile;
  data: ActionScanDimension;
}

function where(source: SourceFile, path: (string | number)[]): string {
  const line = positionOfPath(source, path)?.line;
  return line === undefined ? source.file : `${source.file}:${line}`;
}

/**
 * The section ids of each chapter, as its pages use them: both languages take the Dutch
 * headings' ids (see src/kernel/markdown/heading-ids.ts), so that is the list to check against.
 */
function chapterSections(chapters: readonly EntryFile[]): Map<string, { file: string; ids: string[] }> {
  const sections = new Map<string, { file: string; ids: string[] }>();
  for (const chapter of [...chapters].sort((a, b) => (a.lang === 'nl' ? 1 : 0) - (b.lang === 'nl' ? 1 : 0))) {
    sections.set(chapter.slug, { file: chapter.source.file, ids: slugsOf(sourceHeadings(chapter.source.body)) });
  }
  return sections;
}

/**
 * What the schema cannot see from one file: dimension orders and statement ids must be
 * unique across the whole scan (answers are saved by statement id), and a link to a
 * chapter's section must name a section that exists.
 */
export function checkActionScan(dimensions: readonly ValidDimension[], chapters: readonly EntryFile[]): Problem[] {
  const problems: Problem[] = [];
  const orders = new Map<number, ValidDimension>();
  const statements = new Map<string, { source: SourceFile; path: (string | number)[] }>();
  const sections = chapterSections(chapters.filter((chapter) => chapter.collection === 'positionPaper'));

  for (const dimension of dimensions) {
    const { source, data } = dimension;
    const first = orders.get(data.order);
    if (first) {
      problems.push({
        rule: 'unique.duplicate',
        file: source.file,
        ...(positionOfPath(source, ['order']) ?? {}),
        field: 'order',
        expected: 'an order no other action-scan dimension has',
        found: `${data.order}, also used by ${first.source.file}`,
        fix: 'Give one of the two dimensions another order; the scan shows the dimensions from the lowest order up.',
      });
    } else {
      orders.set(data.order, dimension);
    }

    data.statements.forEach((statement, index) => {
      const path = ['statements', index, 'id'];
      const earlier = statements.get(statement.id);
      if (earlier) {
        problems.push({
          rule: 'action-scan.duplicate-statement',
          file: source.file,
          ...(positionOfPath(source, path) ?? {}),
          field: `statements[${index}].id`,
          expected: 'a statement id used once in the whole scan',
          found: `"${statement.id}", also at ${where(earlier.source, earlier.path)}`,
          fix: 'Give this statement another id. Saved answers and share links find a statement by its id, so do not rename a published one without need.',
        });
      } else {
        statements.set(statement.id, { source, path });
      }
    });

    for (const [band, advice] of Object.entries(data.advice)) {
      advice.read.forEach((link, index) => {
        if (link.chapter === undefined || link.section === undefined) return;
        const chapter = sections.get(link.chapter);
        if (!chapter || chapter.ids.includes(link.section)) return;
        const suggestion = closestMatch(link.section, chapter.ids);
        const field = `advice.${band}.read[${index}].section`;
        problems.push({
          rule: 'reference.section',
          file: source.file,
          ...(positionOfPath(source, ['advice', band, 'read', index, 'section']) ?? {}),
          field,
          expected: `a section id of ${chapter.file}: ${chapter.ids.join(', ')}`,
          found: `"${link.section}"`,
          fix: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Use the id the section's heading has in the chapter's address (after #), or remove the section to link to the whole chapter.`,
        });
      });
    }
  }
  return problems;
}
