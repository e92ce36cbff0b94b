/**
 * npm run validate: checks every content file and explains each problem.
 * Exits 1 when there is any error, so the build never starts on broken content; warnings
 * are printed and the build goes on.
 */
import { performance } from 'node:perf_hooks';
import { formatAnnotation, formatProblem } from './validation/problem.ts';
import { validateContent } from './validation/validate.ts';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { problems, warnings, fileCount } = validateContent(root);
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
