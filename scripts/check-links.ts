/**
 * Run after `astro build` (part of npm run build): fails when any internal link or anchor
 * on the built site leads nowhere.
 */
import { resolve } from 'node:path';
import { checkBuiltLinks } from './validation/check-links.ts';
import { formatAnnotation, formatProblem } from './validation/problem.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const { problems, pages, links } = checkBuiltLinks(dist);
if (problems.length === 0) {
  console.log(`Links are valid: ${links} internal links on ${pages} pages checked.`);
  process.exit(0);
}
console.error(`Found ${problems.length} broken internal link${problems.length === 1 ? '' : 's'} (${links} links on ${pages} pages):\n`);
for (const problem of problems) console.error(`${formatProblem(problem)}\n`);
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of problems) console.log(formatAnnotation(problem));
process.exit(1);
