import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
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
  const missing = (rule: string, line: number, found: string, fix: string): MdxParts => {
    problems.push({
      rule,
      file,
      line,
      expected: 'a frontmatter block at the very top: a line ---, the fields, and another line ---',
      found,
      fix,
    });
    return { frontmatter: '', frontmatterLine: 1, body: text, missing: true, problems };
  };

  let open = 0;
  while (open < lines.length && stripLineEnd(lines[open] ?? '').trim() === '') open += 1;
  const opening = stripLineEnd(lines[open] ?? '');
  if (opening.startsWith('+++')) {
    return missing('frontmatter.toml', open + 1, 'a +++ line (TOML frontmatter)', 'Write the fields in YAML between two lines ---, like the other files in this folder.');
  }
  if (!opening.startsWith('---')) {
    return missing('frontmatter.missing', 1, 'no frontmatter', 'Start the file with --- on the first line, then the fields (title, summary, ...), then --- again.');
  }
  if (opening.trimEnd() !== '---') {
    return missing('frontmatter.opening', open + 1, `"${opening.slice(0, 40)}"`, 'Put --- alone on the first line and the first field on the line after it.');
  }

  let close = open + 1;
  while (close < lines.length && !FENCE.test(lines[close] ?? '')) close += 1;
  if (close >= lines.length) {
    return missing('frontmatter.unclosed', open + 1, 'an opening --- without a closing ---', 'Add a line --- after the last field, before the text of the page.');
  }
  const closing = stripLineEnd(lines[close] ?? '');
  if (closing.trimEnd() !== '---') {
    problems.push({
      rule: 'frontmatter.ambiguous-end',
      file,
      line: close + 1,
      expected: 'no line inside the frontmatter that starts with --- or +++, and a closing line that is --- alone',
      found: `"${closing.slice(0, 40)}": the build ends the frontmatter at the start of this line and reads the rest as page text`,
      fix: 'Put --- alone on the line that ends the frontmatter; a value that starts with --- or +++ must be in double quotes on the line of its field.',
    });
    return { frontmatter: '', frontmatterLine: open + 2, body: text, missing: false, problems };
  }

  const raw = extractFrontmatter(text);
  const canonical = `${lines[open]?.slice(3) ?? ''}\n${lines.slice(open + 1, close).map((line) => `${line}\n`).join('')}`;
  if (raw !== canonical) {
    // Cannot happen with the rules above; if Astro's reading ever changes, reject rather than guess.
    problems.push({
      rule: 'frontmatter.ambiguous-end',
      file,
      line: open + 1,
      expected: 'a frontmatter block that the validator and the build read alike',
      found: 'a block the build reads differently from the validator',
      fix: 'Write the frontmatter as --- on the first line, one "field: value" per line, and --- alone on the last line.',
    });
    return { frontmatter: '', frontmatterLine: open + 2, body: text, missing: false, problems };
  }
  return { frontmatter: raw, frontmatterLine: open + 1, body: blankedBody(text, raw), missing: false, problems };
}
