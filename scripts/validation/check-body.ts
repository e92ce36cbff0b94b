import type { EntryFile } from './collect.ts';
import { unknownReferenceProblem, type KnownIds } from './check-references.ts';
import type { Problem } from './problem.ts';

/** Line and column in the file of an offset in the body. */
function bodyPosition(entry: EntryFile, offset: number): { line: number; column: number } {
  const before = entry.source.body.slice(0, offset);
  const lines = before.split('\n');
  return { line: entry.source.bodyStartLine + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}

const TERM = /<Term\b[^>]*?\bid=["']([^"']*)["']/g;

/** `<Term id="...">` in a body must name a glossary term that exists. */
export function checkTermReferences(entries: EntryFile[], known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const match of entry.source.body.matchAll(TERM)) {
      const id = match[1] ?? '';
      if (known.glossary.has(id)) continue;
      problems.push(
        unknownReferenceProblem(entry.source.file, '<Term id>', id, 'glossary', known.glossary, bodyPosition(entry, match.index)),
      );
    }
  }
  return problems;
}
