import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkMdx } from '../../src/kernel/content-safety/check-mdx.ts';
import { explainProblem } from '../../src/kernel/content-safety/problem.ts';
import { parseSourceFile } from '../../src/kernel/content-safety/source-file.ts';

/**
 * A thousand real files broken at random (a fixed seed, so every run breaks them alike):
 * fences, braces, brackets, control and direction characters, YAML tags and aliases, long
 * runs of one token, cuts. Reading a file and checking its MDX must never throw, and every
 * problem must name its file and say how to fix it. A fixed number of cases, whatever the
 * size of the site.
 */
const TOKENS = ['---', '+++', '{', '}', '<', '>', '</Aside>', '<Aside>', '[', ']', '(', ')', '\\', ':', ' ', '\n', '\r', '\t', '\u0000', '\u202E', '\u200B', '"', "'", '&', '*', '!', '#', '- ', '> ', '|', '`', '```', '[^1]', '&a', '*a', '!!str', '<<: ', '2025-02-30', 'https://', '//', 'javascript:', '\uD800', 'é', '🙂'];

it('a thousand randomly broken files are read and checked without an exception', () => {
  let seed = 20261201;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const files = ['communities', 'guides', 'glossary', 'position-paper', 'pages'].map((collection) => `content/${collection}/nl`).flatMap((folder) => readdirSync(folder).slice(0, 5).map((name) => `${folder}/${name}`));
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const failures: string[] = [];
  for (let round = 0; round < 1000; round += 1) {
    const file = pick(files);
    let text = texts.get(file) ?? '';
    for (let change = 0; change < 1 + Math.floor(random() * 6); change += 1) {
      const at = Math.floor(random() * text.length);
      const kind = random();
      if (kind < 0.6) text = text.slice(0, at) + pick(TOKENS).repeat(1 + Math.floor(random() * (random() < 0.1 ? 2000 : 3))) + text.slice(at);
      else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + Math.floor(random() * 50));
      else text = text.slice(0, at);
    }
    try {
      const source = parseSourceFile(file, text);
      const problems = source.problems.length > 0 ? source.problems : checkMdx(source);
      for (const problem of problems.map((found) => explainProblem(found, 'en'))) {
        if (problem.file !== file || problem.fix.length < 10 || problem.expected.length < 5) failures.push(`round ${round}: ${problem.rule} without file, expectation or fix`);
      }
    } catch (error) {
      failures.push(`round ${round} (${file}): ${String(error).slice(0, 200)}`);
    }
  }
  expect(failures).toEqual([]);
});
