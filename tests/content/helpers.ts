import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inject } from 'vitest';
import { astroCommand } from '../../scripts/build/astro-command.ts';
import { validateContent } from '../../scripts/validation/validate.ts';
import { entryCollections } from '../../src/kernel/schemas/collections.ts';

/**
 * The entries the content tests break or read, each taken with its translation. The
 * fixture adds every entry these refer to, and what those refer to, and so on.
 */
const SEEDS = [
  'communities/nl/entrance.mdx',
  'communities/nl/evolva.mdx',
  'communities/nl/hydrogen-lab-zeeland.mdx',
  'communities/nl/vitaal-in-brainport.mdx',
  'glossary/nl/fieldlab.mdx',
  'glossary/nl/kennisoverdracht.mdx',
  'glossary/nl/kenniswerkplaats.mdx',
  'glossary/nl/proeftuin.mdx',
  'guides/nl/van-wijk-naar-regio.mdx',
  'pages/nl/bijdragen.mdx',
  'pages/nl/over.mdx',
  'pages/nl/privacy.mdx',
  'position-paper/nl/01-inleiding.mdx',
  'position-paper/nl/02-opzetten.mdx',
];

const ENTRY_FOLDERS = new Set<string>(Object.values(entryCollections).map((collection) => collection.directory));

/**
 * The files of the small fixture site, relative to the project: every file of content/
 * that is not an entry (taxonomies, the self-scan, search and spelling lists), the seed
 * entries in both languages, and the entries they refer to, found by validating the
 * fixture until no reference is left unknown. About half the content: each test's
 * validation and build take about half as long as on all of it, and content added to the
 * site does not slow the tests down.
 */
export function findFixtureFiles(): string[] {
  const all = readdirSync('content', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const chosen = new Set(all.filter((file) => !ENTRY_FOLDERS.has(file.split('/')[1] ?? '')));
  const addEntry = (file: string) => {
    for (const lang of ['nl', 'en']) {
      const path = file.replace(/\/(nl|en)\//, `/${lang}/`);
      if (existsSync(path)) chosen.add(path);
    }
  };
  for (const seed of SEEDS) {
    if (!existsSync(`content/${seed}`)) throw new Error(`The test fixture's seed content/${seed} is gone: name another entry in SEEDS (tests/content/helpers.ts).`);
    addEntry(`content/${seed}`);
  }
  const root = mkdtempSync(join(tmpdir(), 'kennisbank-fixture-'));
  try {
    for (;;) {
      rmSync(join(root, 'content'), { recursive: true, force: true });
      for (const file of chosen) {
        mkdirSync(join(root, dirname(file)), { recursive: true });
        cpSync(file, join(root, file));
      }
      const { problems } = validateContent(root, { lang: 'en' });
      const unknown = problems.filter((problem) => problem.rule === 'reference.unknown');
      const other = problems.filter((problem) => problem.rule !== 'reference.unknown');
      if (other.length > 0) throw new Error(`The test fixture is not valid:\n${other.map((problem) => `${problem.file}: ${problem.rule}`).join('\n')}`);
      if (unknown.length === 0) break;
      const before = chosen.size;
      for (const problem of unknown) {
        const values = (problem.message as { values: Record<string, string> }).values;
        addEntry(`${values['where']}nl/${values['value']}.mdx`);
      }
      if (chosen.size === before) throw new Error(`The test fixture refers to entries it cannot find:\n${unknown.map((problem) => `${problem.file}: ${problem.found}`).join('\n')}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return [...chosen].sort();
}

/** The fixture's files, found once per test run by tests/content/global-setup.ts. */
export function fixtureFiles(): string[] {
  return inject('fixtureFiles');
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureFiles: string[];
  }
}

/** A throwaway copy of the small fixture site (`fixtureFiles()`), for breaking one thing at a time. */
export function copyContent(): {
  root: string;
  edit: (file: string, change: (text: string) => string) => void;
  write: (file: string, text: string) => void;
  read: (file: string) => string;
  remove: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'kennisbank-content-'));
  for (const file of fixtureFiles()) {
    mkdirSync(join(root, dirname(file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The edit to ${file} changed nothing: the test's pattern no longer matches.`);
      writeFileSync(path, after);
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
    read(file) {
      return readFileSync(join(root, file), 'utf8');
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The 1-based line of the first line in a file that matches. */
export function lineOf(text: string, pattern: RegExp): number {
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`No line matches ${pattern}`);
  return index + 1;
}

/**
 * What an Astro build of this site reads besides content/ and node_modules/. A fixture build
 * runs in its content copy with these files copied beside the content, because Astro writes
 * `.astro/` (among others the list of MDX modules it imports) into the project it builds: each
 * fixture build then has its own, so fixture builds can run side by side, and beside the type
 * check and the site build, which write the real project's. Astro reads these files in the
 * copy only: a file the build needs that is not in this list is missing from every fixture
 * build (src/ imports nothing from scripts/ or tests/: tests/unit/architecture.test.ts).
 */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Turns a content copy into a project Astro can build: the project's code beside the content. */
function addProjectFiles(root: string): void {
  if (existsSync(join(root, 'astro.config.mjs'))) return;
  for (const file of PROJECT_FILES) cpSync(file, join(root, file), { recursive: true });
  // A junction on Windows needs no rights a symbolic link would; elsewhere it is a symbolic link.
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'junction');
}

/**
 * Builds the site from a content copy into `<copy>/dist` (with its own cache), as a test
 * fixture, for a stand-in public address as production is built (a build on CI stops
 * without one). Throws with Astro's output when the build fails.
 */
export function buildFixture(root: string, environment: Record<string, string> = {}, name = 'dist'): string {
  return runFixtureBuild(root, { environment, name }).outDir;
}

/**
 * `buildFixture`, with a choice of cache (`cache-<name>` in the copy; another build's name
 * reuses what that build left, as a rebuild does) and Astro's output, a line per page.
 */
export function runFixtureBuild(
  root: string,
  { environment = {}, name = 'dist', cache = name }: { environment?: Record<string, string>; name?: string; cache?: string },
): { outDir: string; log: string } {
  addProjectFiles(root);
  const outDir = join(root, name);
  const result = spawnSync(process.execPath, [astroCommand, 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      KENNISBANK_CONTENT_DIR: join(root, 'content'),
      KENNISBANK_CACHE_DIR: join(root, `cache-${cache}`),
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: 'https://kennisbank.example',
      ...environment,
    },
  });
  if (result.status !== 0) throw new Error(`The fixture build failed:\n${result.stdout}\n${result.stderr}`);
  return { outDir, log: result.stdout };
}

/** A text change that sets a frontmatter field's value: `status: paused`. Throws when the field is not there. */
export const setField = (field: string, value: string) => (text: string) => {
  const pattern = new RegExp(`^${field}:.*$`, 'm');
  if (!pattern.test(text)) throw new Error(`no field ${field}`);
  return text.replace(pattern, `${field}: ${value}`);
};

/** A text change that adds lines at the end of a file, after a blank line. */
export const appendLines = (lines: string) => (text: string) => `${text.trimEnd()}\n\n${lines}\n`;
