import {
  CONTENT_ROOT,
  TAXONOMY_DIRECTORY,
  entryCollections,
  taxonomyCollections,
  type EntryCollection,
  type TaxonomyCollection,
} from '../../src/kernel/schemas/collections.ts';
import { phrase, reason } from '../../src/kernel/i18n/contributor/messages.ts';
import type { EntryFile } from './collect.ts';
import { closestMatch } from './suggest.ts';
import type { Problem } from './problem.ts';
import { positionOfPath, type SourceFile } from './source-file.ts';

export type KnownIds = Record<TaxonomyCollection | EntryCollection, Set<string>>;

export interface ValidEntry extends EntryFile {
  data: Record<string, unknown>;
}

/** A file whose data passed its schema, with the fields that name other collections' ids. */
export interface ReferringFile {
  source: SourceFile;
  data: Record<string, unknown>;
  references: Record<string, TaxonomyCollection | EntryCollection>;
}

function isTaxonomy(name: string): name is TaxonomyCollection {
  return name in taxonomyCollections;
}

/** Where the ids of a collection are defined, as a reader would look for them. */
export function whereDefined(target: TaxonomyCollection | EntryCollection): string {
  return isTaxonomy(target)
    ? `${CONTENT_ROOT}/${TAXONOMY_DIRECTORY}/${taxonomyCollections[target].file}`
    : `${CONTENT_ROOT}/${entryCollections[target].directory}/`;
}

/**
 * Every value at a path like `partners.*.type`, with its concrete path for line numbers.
 * A `*` stands for every item of a list, or every field of a group (`advice.*.read`).
 */
function valuesAt(data: unknown, pattern: string[], path: (string | number)[] = []): { value: unknown; path: (string | number)[] }[] {
  if (pattern.length === 0) {
    return Array.isArray(data) ? data.map((value, index) => ({ value, path: [...path, index] })) : [{ value: data, path }];
  }
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (Array.isArray(data)) return data.flatMap((item, index) => valuesAt(item, rest, [...path, index]));
    if (data === null || typeof data !== 'object') return [];
    return Object.entries(data).flatMap(([key, item]) => valuesAt(item, rest, [...path, key]));
  }
  if (data === null || typeof data !== 'object' || head === undefined) return [];
  const next = (data as Record<string, unknown>)[head];
  return next === undefined ? [] : valuesAt(next, rest, [...path, head]);
}

export function unknownReferenceProblem(
  file: string,
  field: string,
  value: string,
  target: TaxonomyCollection | EntryCollection,
  known: Set<string>,
  position: { line: number; column: number } | undefined,
): Problem {
  const ids = [...known].sort();
  const suggestion = closestMatch(value, ids);
  const listed = ids.length === 0 ? phrase('reference.none') : ids.length > 15 ? `${ids.slice(0, 15).join(', ')}, ...` : ids.join(', ');
  const values = { where: whereDefined(target), ids: listed, value, ...(suggestion ? { suggestion } : {}) };
  const context = suggestion ? 'suggestion' : undefined;
  return {
    file,
    ...(position ?? {}),
    field,
    ...(isTaxonomy(target) ? reason('reference.unknown', values, context) : reason('reference.unknown:entry', values, context)),
  };
}

/** The references of a content entry, as the registry declares them for its collection. */
export function entryReferences(entry: ValidEntry): ReferringFile {
  return { source: entry.source, data: entry.data, references: entryCollections[entry.collection].references };
}

/** Checks that every referenced id exists in the collection it points to. */
export function checkReferences(files: readonly ReferringFile[], known: KnownIds, unreadable: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  for (const { source, data, references } of files) {
    for (const [pattern, target] of Object.entries(references)) {
      // A taxonomy file that could not be read is reported itself; its users are not.
      if (unreadable.has(target)) continue;
      for (const { value, path } of valuesAt(data, pattern.split('.'))) {
        if (typeof value !== 'string' || known[target].has(value)) continue;
        const field = path
          .map((key) => (typeof key === 'number' ? `[${key}]` : key))
          .join('.')
          .replaceAll('.[', '[');
        problems.push(unknownReferenceProblem(source.file, field, value, target, known[target], positionOfPath(source, path)));
      }
    }
  }
  return problems;
}
