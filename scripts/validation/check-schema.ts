import { z } from 'astro/zod';
import { closestMatch } from './suggest.ts';
import { describeValue, type Problem } from './problem.ts';
import { positionOfPath, type SourceFile } from './source-file.ts';

type Issue = z.core.$ZodIssue;

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.').replaceAll('.[', '[');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text value',
  number: 'a number',
  array: 'a list (for example [a, b], or one "- item" per line)',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
  boolean: 'true or false',
};

/** Turns one zod issue into a problem a contributor can act on. */
function describeIssue(issue: Issue, found: unknown, field: string, inFrontmatter: boolean): Pick<Problem, 'rule' | 'expected' | 'found' | 'fix'> {
  const custom = issue.message && !issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ');
  switch (issue.code) {
    case 'invalid_type': {
      const expected = custom ? issue.message : (TYPE_WORDS[issue.expected] ?? issue.expected);
      if (found === undefined) {
        return {
          rule: 'schema.required',
          expected,
          found: describeValue(found),
          fix: inFrontmatter
            ? `Add the field "${field}" to the frontmatter between the --- lines, with ${expected}.`
            : `Add the field "${field}" to the file, with ${expected}.`,
        };
      }
      if (found instanceof Date && issue.expected === 'string') {
        return {
          rule: 'schema.type',
          expected,
          found: `${describeValue(found)}, which YAML reads as a date`,
          fix: `Put the value in double quotes, like ${field.split('.').at(-1)}: "${describeValue(found)}", so it stays text.`,
        };
      }
      return {
        rule: 'schema.type',
        expected,
        found: describeValue(found),
        fix: `Write "${field}" as ${expected}.`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => String(value));
      const suggestion = typeof found === 'string' ? closestMatch(found, allowed) : undefined;
      return {
        rule: 'schema.value',
        expected: `one of: ${allowed.join(', ')}`,
        found: describeValue(found),
        fix: suggestion ? `Did you mean "${suggestion}"? Use one of the listed values.` : `Use one of the listed values for "${field}".`,
      };
    }
    case 'too_big': {
      const length = typeof found === 'string' || Array.isArray(found) ? found.length : undefined;
      const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
      return {
        rule: 'schema.too-big',
        expected: custom ? issue.message : `at most ${String(issue.maximum)} ${unit}`.trim(),
        found: length !== undefined ? `${length} ${unit}` : describeValue(found),
        fix: issue.origin === 'string'
          ? `Shorten "${field}" to at most ${String(issue.maximum)} characters${length !== undefined ? ` (${length - Number(issue.maximum)} too many)` : ''}.`
          : `Make "${field}" at most ${String(issue.maximum)}.`,
      };
    }
    case 'too_small': {
      const empty = (typeof found === 'string' && found.trim() === '') || (Array.isArray(found) && found.length === 0);
      return {
        rule: empty ? 'schema.empty' : 'schema.too-small',
        expected: custom ? issue.message : `at least ${String(issue.minimum)}`,
        found: describeValue(found),
        fix: empty ? `Fill in "${field}": it may not be empty.` : `Make "${field}" at least ${String(issue.minimum)}.`,
      };
    }
    case 'invalid_format':
      return {
        rule: 'schema.format',
        expected: custom ? issue.message : `a value in the format ${issue.format}`,
        found: describeValue(found),
        fix: `Rewrite "${field}" as ${custom ? issue.message : issue.format}.`,
      };
    case 'unrecognized_keys':
      return {
        rule: 'schema.unknown-field',
        expected: 'only the fields this kind of entry has',
        found: issue.keys.join(', '),
        fix: 'Remove the field or correct its spelling.',
      };
    default: {
      // A schema's own check may say how to fix what it found (zod's `params.fix`).
      const ownFix = issue.code === 'custom' && typeof issue.params?.['fix'] === 'string' ? issue.params['fix'] : undefined;
      return {
        rule: 'schema.invalid',
        expected: issue.message,
        found: describeValue(found),
        fix: ownFix ?? `Correct "${field}" so that it is ${issue.message}.`,
      };
    }
  }
}

/** Fields that are not part of the schema: usually a typo that would otherwise be dropped silently. */
function unknownFields(schema: z.ZodType, data: unknown, source: SourceFile): Problem[] {
  if (!(schema instanceof z.ZodObject) || data === null || typeof data !== 'object') return [];
  const known = Object.keys(schema.shape);
  return Object.keys(data)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const suggestion = closestMatch(key, known);
      const position = positionOfPath(source, [key]);
      return {
        rule: 'schema.unknown-field',
        file: source.file,
        ...(position ?? {}),
        field: key,
        expected: `only known fields: ${known.join(', ')}`,
        found: `a field "${key}"`,
        fix: suggestion ? `Did you mean "${suggestion}"? Rename the field.` : `Remove "${key}" or rename it to one of the known fields.`,
      };
    });
}

/**
 * Why a file could not be read safely (encoding, characters, size, frontmatter, YAML), as
 * found by the shared reading in src/kernel/content-safety. Empty when its data can be checked.
 */
export function checkYamlSyntax(source: SourceFile): Problem[] {
  return source.problems;
}

/** Checks parsed YAML data against a schema; every issue becomes a located problem. */
export function checkSchema(schema: z.ZodType, data: unknown, source: SourceFile, basePath: PropertyKey[] = []): { problems: Problem[]; value?: unknown } {
  const result = schema.safeParse(data, { reportInput: true });
  const problems = unknownFields(schema, data, source).map((problem) => ({
    ...problem,
    ...(basePath.length ? { field: fieldName([...basePath, problem.field ?? '']) } : {}),
  }));
  if (result.success) return { problems, value: result.data };
  for (const issue of result.error.issues) {
    const path = [...basePath, ...issue.path];
    const field = fieldName(path);
    const found = valueAt(data, issue.path);
    // A missing top-level field is reported at the opening --- of the frontmatter.
    const missingAtTop = found === undefined && path.length === 1 && !source.file.endsWith('.yaml');
    const position = missingAtTop ? { line: source.yamlStartLine } : positionOfPath(source, path);
    problems.push({ file: source.file, ...(position ?? { line: source.yamlStartLine }), field, ...describeIssue(issue, found, field, !source.file.endsWith('.yaml')) });
  }
  return { problems };
}
