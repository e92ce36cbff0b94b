import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway copy of the real content, for breaking one thing at a time. */
export function copyContent(): { root: string; edit: (file: string, change: (text: string) => string) => void; write: (file: string, text: string) => void; read: (file: string) => string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'kennisbank-content-'));
  cpSync('content', join(root, 'content'), { recursive: true });
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
 * Builds the site from a content copy into `<copy>/dist` (with its own cache), as a test
 * fixture, for a stand-in public address as production is built (a build on CI stops
 * without one). Throws with Astro's output when the build fails.
 */
export function buildFixture(root: string, environment: Record<string, string> = {}, name = 'dist'): string {
  const outDir = join(root, name);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      KENNISBANK_CONTENT_DIR: join(root, 'content'),
      KENNISBANK_CACHE_DIR: join(root, `cache-${name}`),
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: 'https://kennisbank.example',
      ...environment,
    },
  });
  if (result.status !== 0) throw new Error(`The fixture build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** A text change that sets a frontmatter field's value: `status: paused`. Throws when the field is not there. */
export const setField = (field: string, value: string) => (text: string) => {
  const pattern = new RegExp(`^${field}:.*$`, 'm');
  if (!pattern.test(text)) throw new Error(`no field ${field}`);
  return text.replace(pattern, `${field}: ${value}`);
};

/** A text change that adds lines at the end of a file, after a blank line. */
export const appendLines = (lines: string) => (text: string) => `${text.trimEnd()}\n\n${lines}\n`;
