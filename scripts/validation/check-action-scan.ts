import { slugsOf, sourceHeadings } from '../../src/kernel/markdown/heading-ids.ts';
import { reason } from '../../src/kernel/i18n/contributor/messages.ts';
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
        file: source.file,
        ...(positionOfPath(source, ['order']) ?? {}),
        field: 'order',
        ...reason('unique.duplicate:dimension-order', { order: data.order, file: first.source.file }),
      });
    } else {
      orders.set(data.order, dimension);
    }

    data.statements.forEach((statement, index) => {
      const path = ['statements', index, 'id'];
      const earlier = statements.get(statement.id);
      if (earlier) {
        problems.push({
          file: source.file,
          ...(positionOfPath(source, path) ?? {}),
          field: `statements[${index}].id`,
          ...reason('action-scan.duplicate-statement', { id: statement.id, where: where(earlier.source, earlier.path) }),
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
          file: source.file,
          ...(positionOfPath(source, ['advice', band, 'read', index, 'section']) ?? {}),
          field,
          ...reason(
            'reference.section',
            { file: chapter.file, ids: chapter.ids.join(', '), section: link.section, ...(suggestion ? { suggestion } : {}) },
            suggestion ? 'suggestion' : undefined,
          ),
        });
      });
    }
  }
  return problems;
}
