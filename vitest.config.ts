import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { compileCacheDirectory } from './scripts/build/compile-cache.ts';

/**
 * Three projects, run in this order:
 * - `unit`: tests that need nothing built, one test file per core at a time;
 * - `unit-builds`: the tests that run Astro on a fixture (`tests/content/*-build.test.ts`),
 *   one file at a time, because every Astro build writes the project's own `.astro/` folder;
 * - `e2e`: the built site (dist/) in Chromium, one file per core at a time, all in the one
 *   browser the global setup starts, each file in its own browser contexts.
 * `npm run test:unit` runs the first two, `npm run test:e2e` the third.
 */
const BUILDS = 'tests/content/*-build.test.ts';
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
          exclude: [BUILDS],
          globalSetup: [FIXTURE],
          testTimeout: 30_000,
          env: ENGLISH,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'unit-builds',
          include: [BUILDS],
          globalSetup: [FIXTURE],
          fileParallelism: false,
          testTimeout: 30_000,
          env: ENGLISH,
          sequence: { groupOrder: 1 },
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
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
