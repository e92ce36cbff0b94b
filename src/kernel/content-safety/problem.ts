import { explain, reason, type Explanation, type Message } from '../i18n/contributor/messages.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * A problem found in a contribution: where it is, and a message (what was expected, what was
 * found and how to fix it) from the catalogue in src/kernel/i18n/contributor/, made in the
 * contributor's language when it is shown. Every check returns these; nothing throws on bad
 * content. The validator (scripts/validation) prints them; the build's content guard stops on them.
 */
export interface Problem {
  /** Stable id of the rule, for tests and for readers searching the docs: `schema.required`. */
  rule: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** The frontmatter field (dotted path) or body element concerned. */
  field?: string;
  message: Message;
  /**
   * `error` (the default) stops the build; a `warning` is printed but lets it go on: for
   * what a reader should not meet, but that an author may need time to repair.
   */
  severity?: 'error' | 'warning';
}

/** A problem with its message's texts in one language, as the validator returns problems. */
export interface ExplainedProblem extends Problem, Explanation {}

export function explainProblem(problem: Problem, lang: Locale): ExplainedProblem {
  return { ...problem, ...explain(problem.message, lang) };
}

/** Line and column (1-based) of an offset in a text. */
export function positionInText(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A file or folder the file system would not let us read (permissions, a vanished file). */
export function unreadableProblem(file: string, error: unknown, what: 'file' | 'folder' = 'file'): Problem {
  const message = String(error instanceof Error ? error.message : error).slice(0, 120);
  return { file, ...reason('file.unreadable', { error: message }, what === 'folder' ? 'folder' : undefined) };
}
