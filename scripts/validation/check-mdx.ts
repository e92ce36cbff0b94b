import { checkMdx as checkMdxSource } from '../../src/kernel/content-safety/check-mdx.ts';
import type { EntryFile } from './collect.ts';
import { unknownReferenceProblem, type KnownIds } from './check-references.ts';
import type { Problem } from './problem.ts';

/** The MDX rules (src/kernel/content-safety/check-mdx.ts) with the validator's knowledge of ids and images. */
export function checkMdx(entry: EntryFile, known: KnownIds, assets: ReadonlySet<string>): Problem[] {
  return checkMdxSource(entry.source, {
    glossary: known.glossary,
    unknownTerm: (id, position) => unknownReferenceProblem(entry.source.file, '<Term id>', id, 'glossary', known.glossary, position),
    assets,
  });
}
