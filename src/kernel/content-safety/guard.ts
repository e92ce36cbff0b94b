import { checkMdx } from './check-mdx.ts';
import type { Problem } from './problem.ts';
import { parseSourceBytes } from './source-file.ts';

/**
 * The rules that keep code from running: what the build's guard enforces on every MDX
 * file it compiles, whether or not validation ran first. Quality rules (alt text, link
 * text, references) are validation's alone.
 */
const SAFETY_RULES = new Set([
  'mdx.import-export',
  'mdx.expression',
  'mdx.unsafe-element',
  'mdx.unknown-component',
  'mdx.unknown-attribute',
  'mdx.event-handler',
  'mdx.syntax',
  'mdx.too-deep',
  'link.unsafe-url',
  'image.external',
]);

/** Problems that make a file unsafe to compile: its reading (frontmatter, YAML, characters) or its MDX. */
export function unsafeMdxProblems(file: string, bytes: Uint8Array): Problem[] {
  const source = parseSourceBytes(file, bytes);
  if (source.problems.length > 0) return source.problems;
  return checkMdx(source).filter((problem) => SAFETY_RULES.has(problem.rule));
}
