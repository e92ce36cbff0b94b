/**
 * npm run bench:validate: times `npm run validate`'s checks on the generated corpus of the
 * search benchmark (the real content plus generated entries: about 2,000 pages in both
 * languages), and on the real content, and prints the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateContent } from '../scripts/validation/validate.ts';
import { writeCorpus } from './corpus.ts';

function time(root: string): { seconds: number; files: number; problems: number } {
  validateContent(root); // warm up: module loading and the MDX parser
  const runs = 3;
  let result = validateContent(root);
  const started = performance.now();
  for (let run = 0; run < runs; run += 1) result = validateContent(root);
  return { seconds: (performance.now() - started) / 1000 / runs, files: result.fileCount, problems: result.problems.length };
}

const root = mkdtempSync(join(tmpdir(), 'kennisbank-validate-bench-'));
try {
  writeCorpus(root);
  const real = time(process.cwd());
  const corpus = time(root);
  console.log('Validation (mean of 3 runs after a warm-up)');
  console.log(`  real content:      ${real.files} files in ${real.seconds.toFixed(2)} s (${real.problems} problems)`);
  console.log(`  generated corpus:  ${corpus.files} files in ${corpus.seconds.toFixed(2)} s (${corpus.problems} problems)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
