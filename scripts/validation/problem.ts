/**
 * How the validator prints problems (src/kernel/content-safety/problem.ts defines them): for a
 * person at a terminal, and as GitHub annotations on a pull request, in the contributor's
 * language (src/kernel/i18n/contributor/).
 */
import type { ExplainedProblem, Problem } from '../../src/kernel/content-safety/problem.ts';
import { contributorLanguage } from '../../src/kernel/i18n/contributor/language.ts';
import { contributorTexts, explain, phrase, type Value } from '../../src/kernel/i18n/contributor/messages.ts';
import { locales, type Locale } from '../../src/kernel/i18n/locales.ts';

export type { ExplainedProblem, Problem };

export const isWarning = (problem: Problem) => problem.severity === 'warning';

function location(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  return where;
}

/** Plain text for a person reading a terminal or a CI log. */
export function formatProblem(problem: Problem, lang: Locale = contributorLanguage()): string {
  const t = contributorTexts(lang);
  const { expected, found, fix } = explain(problem.message, lang);
  const label = isWarning(problem) ? `  [${problem.rule}, ${t('label.warning')}]` : `  [${problem.rule}]`;
  const labels = { expected: `${t('label.expected')}:`, found: `${t('label.found')}:`, fix: `${t('label.fix')}:` };
  // The texts start in one column: the labels are padded to the longest in this language.
  const width = Math.max(...Object.values(labels).map((text) => text.length)) + 1;
  const lines = [`${location(problem)}${problem.field ? `  ${t('label.field', { field: problem.field })}` : ''}${label}`];
  lines.push(`  ${labels.expected.padEnd(width)}${expected}`);
  if (found !== undefined) lines.push(`  ${labels.found.padEnd(width)}${found}`);
  lines.push(`  ${labels.fix.padEnd(width)}${fix}`);
  return lines.join('\n');
}

function escapeAnnotation(text: string, property = false): string {
  const escaped = text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  return property ? escaped.replaceAll(':', '%3A').replaceAll(',', '%2C') : escaped;
}

/**
 * A GitHub Actions workflow command, so the problem shows on the pull request's diff. Its
 * message is in both languages, Dutch first: a pull request is read by its contributor and
 * by the maintainers, whatever language the log was printed in.
 */
export function formatAnnotation(problem: Problem): string {
  const properties = [`file=${escapeAnnotation(problem.file, true)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeAnnotation(problem.field ? `${problem.rule}: ${problem.field}` : problem.rule, true)}`);
  const message = locales
    .map((lang) => {
      const t = contributorTexts(lang);
      const { expected, found, fix } = explain(problem.message, lang);
      return [
        `${t('label.expected')}: ${expected}`,
        ...(found !== undefined ? [`${t('label.found')}: ${found}`] : []),
        `${t('label.fix')}: ${fix}`,
      ].join('\n');
    })
    .join('\n\n');
  return `::${isWarning(problem) ? 'warning' : 'error'} ${properties.join(',')}::${escapeAnnotation(message)}`;
}

/** Show a value the way an author wrote it, short enough for one line. */
export function describeValue(value: unknown): Value {
  if (value === undefined) return phrase('value.missing');
  if (value === null) return phrase('value.empty');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? phrase('value.invalid-date') : value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function sortProblems<Sorted extends Problem>(problems: Sorted[]): Sorted[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule));
}
