import { load } from 'js-yaml';
import { LineCounter, isAlias, isCollection, isPair, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import { phrase, reason } from '../i18n/contributor/messages.ts';
import { isRealDate } from './dates.ts';
import { limits } from './limits.ts';
import type { Problem } from './problem.ts';
import { textValueProblem } from './text.ts';

/**
 * YAML read the way the build reads it, after checks that keep it unambiguous.
 *
 * Astro parses frontmatter and YAML data with js-yaml (`load`, default schema); the data
 * checked here is js-yaml's result for the same text, so validation and the build see the
 * same values. The `yaml` library parses the same text once more, only to find where things
 * are (for messages) and to refuse what the two libraries, or a reader, could take
 * differently: tags (`!!js/function`, `!!str`), anchors and aliases (`&a`, `*a`, which also
 * make alias bombs), merge keys (`<<`), impossible dates (js-yaml turns 2025-02-30 into
 * 2 March) and nesting deeper than any real file needs.
 */
export interface YamlReading {
  document: Document;
  lineCounter: LineCounter;
  /** The data the build gets, when the YAML is accepted. */
  data?: unknown;
  problems: Problem[];
}

const DATE = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

export function readYaml(file: string, raw: string, startLine: number): YamlReading {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const at = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line: line + startLine - 1, column: col };
  };
  let document: Document;
  try {
    document = parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    document = parseDocument('', { lineCounter: new LineCounter() });
    problems.push(tooDeep(file, startLine, error));
    return { document, lineCounter, problems };
  }
  const syntax = document.errors[0];
  if (syntax?.message.includes('Maximum call stack')) {
    problems.push(tooDeep(file, at(syntax.pos[0]).line, new RangeError(syntax.message)));
    return { document, lineCounter, problems };
  }
  if (syntax) {
    problems.push({ file, ...at(syntax.pos[0]), ...reason('yaml.syntax', { error: syntax.message.split('\n')[0] ?? syntax.code }) });
    return { document, lineCounter, problems };
  }

  try {
    visit(document, {
      Alias(_key, node) {
        problems.push({ file, ...at(node.range?.[0]), ...reason('yaml.alias', { name: node.source }) });
      },
      Node(_key, node: Node, path) {
        if (path.filter((step) => isCollection(step)).length > limits.yamlDepth) {
          problems.push({ file, ...at(node.range?.[0]), ...reason('yaml.too-deep', { max: limits.yamlDepth }) });
          return visit.BREAK;
        }
        if (node.anchor) {
          problems.push({ file, ...at(node.range?.[0]), ...reason('yaml.alias:anchor', { name: node.anchor }) });
        }
        if (node.tag && !isAlias(node)) {
          problems.push({ file, ...at(node.range?.[0]), ...reason('yaml.tag', { tag: node.tag.replace('tag:yaml.org,2002:', '!!') }) });
        }
        if (isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string') {
          const date = DATE.exec(node.source);
          if (date && !isRealDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
            problems.push({ file, ...at(node.range?.[0]), ...reason('yaml.impossible-date', { date: node.source }) });
          }
        }
        return undefined;
      },
      Pair(_key, pair) {
        if (isPair(pair) && isScalar(pair.key) && pair.key.source === '<<') {
          problems.push({ file, ...at(pair.key.range?.[0]), ...reason('yaml.merge-key') });
        }
      },
    });
  } catch (error) {
    problems.push(tooDeep(file, startLine, error));
  }
  if (problems.length > 0) return { document, lineCounter, problems };

  let data: unknown;
  try {
    data = load(raw);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const found = error instanceof Error ? error.message.split('\n')[0] : undefined;
    problems.push({
      file,
      line: (mark?.line ?? 0) + startLine,
      ...reason('yaml.syntax:load', { error: found ?? phrase('yaml.unreadable') }),
    });
    return { document, lineCounter, problems };
  }
  problems.push(...textValueProblems(file, data, document, at));
  return { document, lineCounter, data, problems };
}

function tooDeep(file: string, line: number, error: unknown): Problem {
  if (error instanceof RangeError) return { file, line, ...reason('yaml.too-deep:unreadable', { max: limits.yamlDepth }) };
  return { file, line, ...reason('yaml.too-deep:unreadable', { max: limits.yamlDepth, error: String(error).slice(0, 80) }, 'error') };
}

/** Text values with nothing visible in them, found without recursion. */
function textValueProblems(
  file: string,
  data: unknown,
  document: Document,
  at: (offset: number | undefined) => { line: number; column: number },
): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textValueProblem(value);
      if (problem) {
        const node = document.getIn(path, true) as Node | undefined;
        problems.push({
          file,
          ...at(node?.range?.[0]),
          field: path
            .map((step) => (typeof step === 'number' ? `[${step}]` : step))
            .join('.')
            .replaceAll('.[', '['),
          ...problem,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return problems;
}
