/**
 * npm run validate: checks every content file and explains each problem.
 * Exits 1 when there is any error, so the build never starts on broken content; warnings
 * are printed and the build goes on.
 *
 * It reads the content the build reads: the folder given as argument, else the parent of
 * KENNISBANK_CONTENT_DIR when that is set (as for Astro, src/content.config.ts), else ./content.
 */
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatAnnotation, formatProblem } from './validation/problem.ts';
import { validateContent } from './validation/validate.ts';

const contentDirectory = process.env['KENNISBANK_CONTENT_DIR'];
if (contentDirectory && basename(resolve(contentDirectory)) !== 'content') {
  console.error(`KENNISBANK_CONTENT_DIR must name a folder called "content" (it is "${contentDirectory}"), so validation and the build read the same files.`);
  process.exit(1);
}
const root = process.argv[2] ?? (contentDirectory ? dirname(resolve(contentDirectory)) : process.cwd());
const started = performance.now();
let result: ReturnType<typeof validateContent>;
try {
  result = validateContent(root, { publicRoot: process.cwd() });
} catch (error) {
  console.error('The validator stopped on an error it did not expect, so nothing was built:');
  console.error(error instanceof Error ? error.message : String(error));
  console.error('Please report this with the file you changed last.');
  process.exit(2);
}
const { problems, warnings, fileCount } = result;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

if (warnings.length > 0) {
  console.warn(`${plural(warnings.length, 'warning')} (the build goes on; please fix them):\n`);
  for (const warning of warnings) console.warn(`${formatProblem(warning)}\n`);
}
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of [...problems, ...warnings]) console.log(formatAnnotation(problem));
}

if (problems.length === 0) {
  console.log(`Content is valid: ${fileCount} files checked in ${seconds} s${warnings.length ? `, with ${plural(warnings.length, 'warning')}` : ''}.`);
  process.exit(0);
}

console.error(`Found ${plural(problems.length, 'problem')} in the content (${fileCount} files checked in ${seconds} s):\n`);
for (const problem of problems) console.error(`${formatProblem(problem)}\n`);
console.error('Nothing was built. Fix the problems above and run `npm run validate` again.');
process.exit(1);
