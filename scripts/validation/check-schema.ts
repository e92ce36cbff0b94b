import { z } from 'astro/zod';
import { phrase, reason, type PhraseKey, type Value } from '../../src/kernel/i18n/contributor/messages.ts';
import { expectationOf } from '../../src/kernel/schemas/expectation.ts';
import { closestMatch } from './suggest.ts';
import { describeValue, type Problem } from './problem.ts';
import { positionOfPath, type SourceFile } from './source-file.ts';

type Issue = z.core.$ZodIssue;

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : String(key)))
    .join('.')
    .replaceAll('.[', '[');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** How a field's type is said when its schema has no words of its own. */
const TYPE_WORDS: Partial<Record<string, PhraseKey & `type.${string}`>> = {
  string: 'type.string',
  number: 'type.number',
  int: 'type.int',
  array: 'type.array',
  object: 'type.object',
  date: 'type.date',
  boolean: 'type.boolean',
};

function typeWords(type: string): Value {
  const key = TYPE_WORDS[type];
  return key ? phrase(key) : type;
}

/** Turns one zod issue into a problem a contributor can act on. */
function describeIssue(issue: Issue, found: unknown, field: string, inFrontmatter: boolean): Pick<Problem, 'rule' | 'message'> {
  // What the schema says the field expects (src/kernel/schemas/expectation.ts), when it says it.
  const own = expectationOf(issue as { params?: Record<string, unknown> });
  const shown = describeValue(found);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = own.expected ?? typeWords(issue.expected);
      if (found === undefined) {
        return reason('schema.required', { expected, found: shown, field }, inFrontmatter ? undefined : 'file');
      }
      if (found instanceof Date && issue.expected === 'string') {
        return reason('schema.type:date', { expected, value: shown, key: field.split('.').at(-1) ?? field });
      }
      return reason('schema.type', { expected, found: shown, field });
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => String(value));
      const suggestion = typeof found === 'string' ? closestMatch(found, allowed) : undefined;
      return reason(
        'schema.value',
        { values: allowed.join(', '), found: shown, field, ...(suggestion ? { suggestion } : {}) },
        suggestion ? 'suggestion' : undefined,
      );
    }
    case 'too_big': {
      const length = typeof found === 'string' || Array.isArray(found) ? found.length : undefined;
      const max = Number(issue.maximum);
      const limit =
        issue.origin === 'string'
          ? phrase('limit.at-most-characters', { max })
          : issue.origin === 'array'
            ? phrase('limit.at-most-items', { max })
            : phrase('limit.at-most', { max });
      const counted =
        length === undefined
          ? shown
          : issue.origin === 'string'
            ? phrase('count.characters', { count: length })
            : issue.origin === 'array'
              ? phrase('count.items', { count: length })
              : String(length);
      const context = issue.origin === 'string' && length !== undefined ? 'text' : issue.origin === 'array' ? 'list' : undefined;
      return reason(
        'schema.too-big',
        { expected: own.expected ?? limit, found: counted, field, max, ...(length !== undefined ? { over: length - max } : {}) },
        context,
      );
    }
    case 'too_small': {
      const empty = (typeof found === 'string' && found.trim() === '') || (Array.isArray(found) && found.length === 0);
      const min = Number(issue.minimum);
      const expected = own.expected ?? phrase('limit.at-least', { min });
      return empty
        ? reason('schema.empty', { expected, found: shown, field })
        : reason('schema.too-small', { expected, found: shown, field, min });
    }
    case 'invalid_format':
      return reason('schema.format', { expected: own.expected ?? phrase('limit.format', { format: issue.format }), found: shown, field });
    case 'unrecognized_keys':
      return reason('schema.unknown-field:strict', { keys: issue.keys.join(', ') });
    default:
      // A schema's own check may say how to fix what it found (issueExpecting's fix).
      return reason(
        'schema.invalid',
        { expected: own.expected ?? issue.message, found: shown, field, ...(own.fix ? { fix: own.fix } : {}) },
        own.fix ? 'own' : undefined,
      );
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
        file: source.file,
        ...(position ?? {}),
        field: key,
        ...reason(
          'schema.unknown-field',
          { fields: known.join(', '), key, ...(suggestion ? { suggestion } : {}) },
          suggestion ? 'suggestion' : undefined,
        ),
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
export function checkSchema(
  schema: z.ZodType,
  data: unknown,
  source: SourceFile,
  basePath: PropertyKey[] = [],
): { problems: Problem[]; value?: unknown } {
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
    problems.push({
      file: source.file,
      ...(position ?? { line: source.yamlStartLine }),
      field,
      ...describeIssue(issue, found, field, !source.file.endsWith('.yaml')),
    });
  }
  return { problems };
}
