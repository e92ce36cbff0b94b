/**
 * npm run spelling [-- path ...] [--lang nl|en]: checks the spelling of the MDX files at or
 * below each path (default: content/). Exits 1 when a word is unknown. Example:
 *   npm run spelling -- content/position-paper content/communities/nl/evolva.mdx
 * --lang is the language of the messages (scripts/language.ts); each file is checked in its own.
 */
import { performance } from 'node:perf_hooks';
import { contributorTexts } from '../src/kernel/i18n/contributor/messages.ts';
import { pathsAndLanguage } from './language.ts';
import { checkSpelling, formatSpellingProblem, WORD_LIST } from './spelling/spelling.ts';

const { paths, lang } = pathsAndLanguage();
const t = contributorTexts(lang);
const started = performance.now();
const { problems, files, words } = await checkSpelling(process.cwd(), paths.length > 0 ? paths : ['content']);
const seconds = (performance.now() - started) / 1000;

if (problems.length === 0) {
  console.log(t('spelling.correct', { files, words, seconds }));
} else {
  for (const problem of problems) console.error(formatSpellingProblem(problem, lang));
  console.error(`\n${t('spelling.unknown', { count: problems.length, files, words, seconds, list: WORD_LIST })}`);
  // exitCode, not exit(): a piped stderr is flushed before the process ends.
  process.exitCode = 1;
}
