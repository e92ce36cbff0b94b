/**
 * npm run spelling [-- path ...]: checks the spelling of the MDX files at or below each path
 * (default: content/). Exits 1 when a word is unknown. Example:
 *   npm run spelling -- content/position-paper content/communities/nl/evolva.mdx
 */
import { performance } from 'node:perf_hooks';
import { checkSpelling, formatSpellingProblem, WORD_LIST } from './spelling/spelling.ts';

const paths = process.argv.slice(2);
const started = performance.now();
const { problems, files, words } = await checkSpelling(process.cwd(), paths.length > 0 ? paths : ['content']);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = `${files} files, ${words} words checked in ${seconds} s`;

if (problems.length === 0) {
  console.log(`Spelling is correct: ${summary}.`);
} else {
  for (const problem of problems) console.error(formatSpellingProblem(problem));
  console.error(`\n${problems.length} unknown word${problems.length === 1 ? '' : 's'} (${summary}). Never add a misspelling to ${WORD_LIST}: correct the text instead.`);
  // exitCode, not exit(): a piped stderr is flushed before the process ends.
  process.exitCode = 1;
}
