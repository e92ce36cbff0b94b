/**
 * npm run validate [-- folder] [--lang nl|en]: checks every content file and explains each
 * problem, in the contributor's language (see scripts/language.ts).
 * Exits 1 when there is any error, so the build never starts on broken content; warnings
 * are printed and the build goes on.
 *
 * It reads the content the build reads: the folder given as argument, else the parent of
 * KENNISBANK_CONTENT_DIR when that is set (as for Astro, src/content.config.ts), else ./content.
 */
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contributorTexts } from '../src/kernel/i18n/contributor/messages.ts';
import { pathsAndLanguage } from './language.ts';
import { formatAnnotation, formatProblem } from './validation/problem.ts';
import { validateContent } from './validation/validate.ts';

const { paths, lang } = pathsAndLanguage();
const t = contributorTexts(lang);

const contentDirectory = process.env['KENNISBANK_CONTENT_DIR'];
if (contentDirectory && basename(resolve(contentDirectory)) !== 'content') {
  console.error(t('validate.content-dir', { value: contentDirectory }));
  process.exit(1);
}
const root = paths[0] ?? (contentDirectory ? dirname(resolve(contentDirectory)) : process.cwd());
const started = performance.now();
let result: ReturnType<typeof validateContent>;
try {
  result = validateContent(root, { publicRoot: process.cwd(), lang });
} catch (error) {
  console.error(t('validate.crashed'));
  console.error(error instanceof Error ? error.message : String(error));
  console.error(t('validate.report-crash'));
  process.exit(2);
}
const { problems, warnings, fileCount } = result;
const seconds = (performance.now() - started) / 1000;

if (warnings.length > 0) {
  console.warn(`${t('validate.warnings', { count: warnings.length })}\n`);
  for (const warning of warnings) console.warn(`${formatProblem(warning, lang)}\n`);
}
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of [...problems, ...warnings]) console.log(formatAnnotation(problem));
}

if (problems.length === 0) {
  console.log(
    warnings.length
      ? t('validate.valid-with-warnings', { files: fileCount, seconds, count: warnings.length })
      : t('validate.valid', { files: fileCount, seconds }),
  );
  process.exit(0);
}

console.error(`${t('validate.problems', { count: problems.length, files: fileCount, seconds })}\n`);
for (const problem of problems) console.error(`${formatProblem(problem, lang)}\n`);
console.error(t('validate.nothing-built'));
process.exit(1);
