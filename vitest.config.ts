import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { compileCacheDirectory } from './scripts/build/compile-cache.ts';

/**
 * Two projects, run in this order by `vitest run` alone:
 * - `unit`: tests that need nothing built, and the tests that build a small fixture site with
 *   Astro (`tests/content/*-build.test.ts`, each in a copy of the project: helpers.ts), one
 *   test file per core at a time;
 * - `e2e`: the built site (dist/) in Chromium, one file per core at a time, all in the one
 *   browser the global setup starts, each file in its own browser contexts.
 * `npm test` runs `test:unit` beside the lint and `test:build` (the type check, then the site
 * build for the browser tests), then `test:e2e` (package.json).
 */
/** Finds the files of the small fixture site the content tests copy (tests/content/helpers.ts). */
const FIXTURE = 'tests/content/global-setup.ts';

// The content checks speak the contributor's language (Dutch by default); these tests, and
// the commands they start, read their English. Tests of the Dutch texts ask for Dutch
// themselves (tests/content/messages-language.test.ts).
const ENGLISH = { KENNISBANK_LANG: 'en' };

// The test files' processes, and the validators, content scripts and Astro builds they start,
// share Node's compile cache (scripts/build/compile-cache.ts).
process.env['NODE_COMPILE_CACHE'] = compileCacheDirectory();

export default defineConfig({
  test: {
    // Vitest's default keeps one core free, which on two cores means one file at a time.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          globalSetup: [FIXTURE],
          testTimeout: 30_000,
          env: ENGLISH,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Tests wait for conditions, never for a time; these limits only end a wait that
          // would never be met, and are wide enough for a machine whose cores are all busy.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 30_000 } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
