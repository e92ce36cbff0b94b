/**
 * npm run validate: checks every content file and explains each problem.
 * Exits 1 when there is any problem, so the build never starts on broken content.
 */
import { performance } from 'node:perf_hooks';
import { formatAnnotation, formatProblem } from './validation/problem.ts';
import { validateContent } from './validation/validate.ts';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { problems, fileCount } = validateContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length === 0) {
  console.log(`Content is valid: ${fileCount} files checked in ${seconds} s.`);
  process.exit(0);
}

console.error(`Found ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (${fileCount} files checked in ${seconds} s):\n`);
for (const problem of problems) console.error(`${formatProblem(problem)}\n`);
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of problems) console.log(formatAnnotation(problem));
}
console.error('Nothing was built. Fix the problems above and run `npm run validate` again.');
process.exit(1);
