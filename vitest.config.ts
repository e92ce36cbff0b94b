import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing built; `e2e` runs the built site (dist/) in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          testTimeout: 30_000,
          // The content checks speak the contributor's language (Dutch by default); these
          // tests, and the commands they start, read their English. Tests of the Dutch texts
          // ask for Dutch themselves (tests/content/messages-language.test.ts).
          env: { KENNISBANK_LANG: 'en' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          // Tests wait for conditions, never for a time; these limits only end a wait that
          // would never be met, and are wide enough for a machine whose cores are all busy.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
