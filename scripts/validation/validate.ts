import { explainProblem, type ExplainedProblem } from '../../src/kernel/content-safety/problem.ts';
import { contributorLanguage } from '../../src/kernel/i18n/contributor/language.ts';
import { phrase, reason } from '../../src/kernel/i18n/contributor/messages.ts';
import type { Locale } from '../../src/kernel/i18n/locales.ts';
import type { ActionScanDimension } from '../../src/kernel/schemas/action-scan.ts';
import {
  dataCollections,
  entryCollections,
  taxonomyCollections,
  taxonomyItem,
  type EntryCollection,
  type TaxonomyCollection,
} from '../../src/kernel/schemas/collections.ts';
import { checkActionScan, type ValidDimension } from './check-action-scan.ts';
import { checkMdx } from './check-mdx.ts';
import { checkPublic } from './check-public.ts';
import { checkSlugFields, checkUrls } from './check-urls.ts';
import { checkReferences, entryReferences, type KnownIds, type ReferringFile, type ValidEntry } from './check-references.ts';
import { checkSchema, checkYamlSyntax } from './check-schema.ts';
import { checkSourceUrls } from './check-sources.ts';
import { checkFootnoteCounts, checkHeadingOutlines, checkPairing } from './check-translations.ts';
import { collectContent } from './collect.ts';
import { isWarning, sortProblems, type Problem } from './problem.ts';
import { positionOfPath, unexpected } from './source-file.ts';

export interface ValidationResult {
  /** Errors: any of these stops the build. */
  problems: ExplainedProblem[];
  /** Printed, but the build goes on (a source that cites a home page, for one). */
  warnings: ExplainedProblem[];
  /** How many files were read, for the summary line. */
  fileCount: number;
}

function emptyKnownIds(): KnownIds {
  const names = [...Object.keys(taxonomyCollections), ...Object.keys(entryCollections)] as (TaxonomyCollection | EntryCollection)[];
  return Object.fromEntries(names.map((name) => [name, new Set<string>()])) as KnownIds;
}

/**
 * Checks all content under `root` in one pass and returns every problem found, its texts in
 * `lang` (by default the contributor's language, src/kernel/i18n/contributor/language.ts).
 * Nothing stops at the first error: a contributor sees the whole list at once.
 */
export function validateContent(root: string, options: { publicRoot?: string; lang?: Locale } = {}): ValidationResult {
  const collected = collectContent(root);
  const published = checkPublic(options.publicRoot ?? root);
  const problems: Problem[] = [...collected.problems, ...published.problems];
  const known = emptyKnownIds();

  for (const { collection, source } of collected.taxonomies) {
    problems.push(...checkYamlSyntax(source));
    if (source.data === undefined && source.problems.length > 0) {
      // Still know the ids written in it, so every profile using one is not reported as well.
      for (const [, id] of source.text.matchAll(/^- id: *["']?([a-z0-9-]+)/gm)) known[collection].add(id ?? '');
      continue;
    }
    const items: unknown = source.data;
    if (!Array.isArray(items)) {
      problems.push({ file: source.file, line: 1, ...reason('taxonomy.shape', {}, items === null ? 'empty' : undefined) });
      continue;
    }
    items.forEach((item, index) => {
      const { problems: itemProblems } = checkSchema(taxonomyItem, item, source, [index]);
      problems.push(...itemProblems);
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      if (known[collection].has(id)) {
        problems.push({
          file: source.file,
          ...(positionOfPath(source, [index, 'id']) ?? {}),
          field: `[${index}].id`,
          ...reason('taxonomy.duplicate-id', { id }),
        });
      }
      known[collection].add(id);
    });
  }

  const valid: ValidEntry[] = [];
  /** Entries whose frontmatter could be read, valid or not. */
  const readable: ValidEntry[] = [];
  for (const entry of collected.entries) {
    known[entry.collection].add(entry.slug);
    const syntax = checkYamlSyntax(entry.source);
    problems.push(...syntax);
    if (syntax.length > 0) continue;
    const data: unknown = entry.source.data ?? {};
    if (data !== null && typeof data === 'object' && !Array.isArray(data))
      readable.push({ ...entry, data: data as Record<string, unknown> });
    let checked: ReturnType<typeof checkSchema>;
    try {
      checked = checkSchema(entryCollections[entry.collection].schema, data, entry.source);
    } catch (error) {
      problems.push(unexpected(entry.source.file, error));
      continue;
    }
    const { problems: schemaProblems, value } = checked;
    problems.push(...schemaProblems);
    if (value !== undefined && data !== null && typeof data === 'object') {
      valid.push({ ...entry, data: data as Record<string, unknown> });
    }
  }

  const referring: ReferringFile[] = valid.map(entryReferences);
  const dimensions: ValidDimension[] = [];
  for (const { collection, source } of collected.dataFiles) {
    const syntax = checkYamlSyntax(source);
    problems.push(...syntax);
    if (syntax.length > 0) continue;
    const data: unknown = source.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        file: source.file,
        line: 1,
        ...reason('data.shape', { noun: phrase(`noun.${collection}`) }, data === null ? 'empty' : Array.isArray(data) ? 'list' : undefined),
      });
      continue;
    }
    const definition = dataCollections[collection];
    const { problems: schemaProblems, value } = checkSchema(definition.schema, data, source);
    problems.push(...schemaProblems);
    if (value === undefined) continue;
    referring.push({ source, data: data as Record<string, unknown>, references: definition.references });
    if (collection === 'actionScanDimensions') dimensions.push({ source, data: value as ActionScanDimension });
  }

  const readTaxonomies = new Set(collected.taxonomies.map((taxonomy) => taxonomy.collection));
  const unreadableTaxonomies = new Set(Object.keys(taxonomyCollections).filter((name) => !readTaxonomies.has(name as TaxonomyCollection)));
  problems.push(...checkReferences(referring, known, unreadableTaxonomies));
  const validData = new Map(valid.map((entry) => [entry.source.file, entry.data]));
  for (const entry of collected.entries) {
    if (entry.source.problems.length > 0) continue;
    problems.push(
      ...guarded(entry.source.file, () => [
        ...checkMdx(entry, known, published.assets),
        ...checkSourceUrls(entry, validData.get(entry.source.file)),
      ]),
    );
  }
  problems.push(...checkUniqueFields(valid));
  problems.push(...checkSlugFields(readable));
  problems.push(...checkUrls(valid, known));
  // A file that could not be read has no headings to compare: its own problem says why.
  // Nor does a body too deep or broken to parse: its MDX problem says why.
  const unparsed = new Set(
    problems.filter((problem) => problem.rule === 'mdx.too-deep' || problem.rule === 'mdx.syntax').map((problem) => problem.file),
  );
  problems.push(
    ...guarded('content/', () =>
      checkHeadingOutlines(collected.entries.filter((entry) => entry.source.problems.length === 0 && !unparsed.has(entry.source.file))),
    ),
  );
  problems.push(...guarded('content/', () => checkPairing(collected.entries)));
  problems.push(...guarded('content/', () => checkFootnoteCounts(collected.entries.filter((entry) => entry.source.problems.length === 0))));
  problems.push(...guarded('content/action-scan/', () => checkActionScan(dimensions, collected.entries)));

  const lang = options.lang ?? contributorLanguage();
  const sorted = sortProblems(problems).map((problem) => explainProblem(problem, lang));
  return {
    problems: sorted.filter((problem) => !isWarning(problem)),
    warnings: sorted.filter(isWarning),
    fileCount: collected.entries.length + collected.taxonomies.length + collected.dataFiles.length,
  };
}

/** Runs one file's check; an error no rule foresaw becomes a message naming the file. */
function guarded(file: string, check: () => Problem[]): Problem[] {
  try {
    return check();
  } catch (error) {
    return [unexpected(file, error)];
  }
}

/** Fields that become part of a URL or an order must not collide within one language. */
function checkUniqueFields(entries: ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const unique: Partial<Record<EntryCollection, string>> = { pages: 'slug', positionPaper: 'order' };
  const seen = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const field = unique[entry.collection];
    if (!field) continue;
    const key = `${entry.collection}/${entry.lang}/${String(entry.data[field])}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    problems.push({
      file: entry.source.file,
      ...(positionOfPath(entry.source, [field]) ?? {}),
      field,
      ...reason('unique.duplicate:field', {
        field,
        noOther: phrase(`no-other.${entry.collection}`),
        value: JSON.stringify(entry.data[field]),
        file: first.source.file,
      }),
    });
  }
  return problems;
}
