/**
 * How the validator prints problems (src/kernel/content-safety/problem.ts defines them): for a
 * person at a terminal, and as GitHub annotations on a pull request.
 */
import type { Problem } from '../../src/kernel/content-safety/problem.ts';

export type { Problem };


export const isWarning = (problem: Problem) => problem.severity === 'warning';

function location(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  return where;
}

/** Plain text for a person reading a terminal or a CI log. */
export function formatProblem(problem: Problem): string {
  const label = isWarning(problem) ? `  [${problem.rule}, warning]` : `  [${problem.rule}]`;
  const lines = [`${location(problem)}${problem.field ? `  field "${problem.field}"` : ''}${label}`];
  lines.push(`  Expected: ${problem.expected}`);
  if (problem.found !== undefined) lines.push(`  Found:    ${problem.found}`);
  lines.push(`  Fix:      ${problem.fix}`);
  return lines.join('\n');
}

function escapeAnnotation(text: string, property = false): string {
  const escaped = text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  return property ? escaped.replaceAll(':', '%3A').replaceAll(',', '%2C') : escaped;
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatAnnotation(problem: Problem): string {
  const properties = [`file=${escapeAnnotation(problem.file, true)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeAnnotation(problem.field ? `${problem.rule}: ${problem.field}` : problem.rule, true)}`);
  const message = [
    `Expected: ${problem.expected}`,
    ...(problem.found !== undefined ? [`Found: ${problem.found}`] : []),
    `Fix: ${problem.fix}`,
  ].join('\n');
  return `::${isWarning(problem) ? 'warning' : 'error'} ${properties.join(',')}::${escapeAnnotation(message)}`;
}

/** Show a value the way an author wrote it, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule),
  );
}
