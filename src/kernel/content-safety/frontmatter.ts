import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { reason } from '../i18n/contributor/messages.ts';
import type { Problem } from './problem.ts';

/**
 * Where an MDX file's frontmatter ends, read the way the build reads it.
 *
 * Astro (its MDX integration and the content layer alike) splits a file with
 * `parseFrontmatter` from @astrojs/internal-helpers: the frontmatter runs from the first
 * `---` to the first line that *starts* with `---` or `+++`, and whatever follows on that
 * line is compiled as MDX. An earlier validator used its own pattern and disagreed with it
 * (a line ending in ` ---` ended the frontmatter for the validator but not for Astro), so a
 * file could hide code from validation. Two rules make that impossible:
 *
 * 1. This module calls Astro's own function (the same module @astrojs/mdx imports; a test
 *    checks they resolve to one file), and the MDX checks read exactly the `content` it
 *    returns, which is what the MDX compiler is given.
 * 2. A file is accepted only in the one form every reader agrees on: an opening line `---`,
 *    a closing line `---` alone, and no line in between that starts with `---` or `+++`.
 *    The canonical split is compared with Astro's, and any difference is rejected.
 */
export interface MdxParts {
  /** The YAML between the `---` lines, exactly as Astro reads it ('' when there is none). */
  frontmatter: string;
  /** Line of the file on which the YAML text starts: the opening `---` line, whose rest it holds. */
  frontmatterLine: number;
  /** What the MDX compiler is given: the file with the frontmatter blanked, lines kept. */
  body: string;
  /** True when the file has no frontmatter block at all. */
  missing: boolean;
  problems: Problem[];
}

const FENCE = /^(?:---|\+\+\+)/;

function stripLineEnd(line: string): string {
  return line.replace(/\r$/, '');
}

/** The body Astro compiles: its own function when the YAML parses, the same replacement otherwise. */
function blankedBody(text: string, raw: string): string {
  try {
    return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
  } catch {
    // The YAML does not parse (that is reported); keep checking the body Astro would see.
    return text.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
  }
}

export function splitMdx(file: string, text: string): MdxParts {
  const problems: Problem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const missing = (line: number, said: Pick<Problem, 'rule' | 'message'>): MdxParts => {
    problems.push({ file, line, ...said });
    return { frontmatter: '', frontmatterLine: 1, body: text, missing: true, problems };
  };

  let open = 0;
  while (open < lines.length && stripLineEnd(lines[open] ?? '').trim() === '') open += 1;
  const opening = stripLineEnd(lines[open] ?? '');
  if (opening.startsWith('+++')) {
    return missing(open + 1, reason('frontmatter.toml'));
  }
  if (!opening.startsWith('---')) {
    return missing(1, reason('frontmatter.missing'));
  }
  if (opening.trimEnd() !== '---') {
    return missing(open + 1, reason('frontmatter.opening', { line: opening.slice(0, 40) }));
  }

  let close = open + 1;
  while (close < lines.length && !FENCE.test(lines[close] ?? '')) close += 1;
  if (close >= lines.length) {
    return missing(open + 1, reason('frontmatter.unclosed'));
  }
  const closing = stripLineEnd(lines[close] ?? '');
  if (closing.trimEnd() !== '---') {
    problems.push({ file, line: close + 1, ...reason('frontmatter.ambiguous-end', { line: closing.slice(0, 40) }) });
    return { frontmatter: '', frontmatterLine: open + 2, body: text, missing: false, problems };
  }

  const raw = extractFrontmatter(text);
  const canonical = `${lines[open]?.slice(3) ?? ''}\n${lines
    .slice(open + 1, close)
    .map((line) => `${line}\n`)
    .join('')}`;
  if (raw !== canonical) {
    // Cannot happen with the rules above; if Astro's reading ever changes, reject rather than guess.
    problems.push({ file, line: open + 1, ...reason('frontmatter.ambiguous-end:differs') });
    return { frontmatter: '', frontmatterLine: open + 2, body: text, missing: false, problems };
  }
  return { frontmatter: raw, frontmatterLine: open + 1, body: blankedBody(text, raw), missing: false, problems };
}
