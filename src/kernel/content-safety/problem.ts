/**
 * A problem found in a contribution: where it is, what was expected, what was found and how
 * to fix it. Every check returns these; nothing throws on bad content. The validator
 * (scripts/validation) prints them; the build's content guard stops on them.
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
  expected: string;
  found?: string;
  fix: string;
  /**
   * `error` (the default) stops the build; a `warning` is printed but lets it go on: for
   * what a reader should not meet, but that an author may need time to repair.
   */
  severity?: 'error' | 'warning';
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
  return {
    rule: 'file.unreadable',
    file,
    expected: `a ${what} the build can read`,
    found: String(error instanceof Error ? error.message : error).slice(0, 120),
    fix: `Check the ${what}'s permissions, or remove it.`,
  };
}
