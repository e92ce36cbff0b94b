import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';

/**
 * A production build (CI set) without SITE_URL stops before Astro builds a page, with a
 * message that says what to set and where, and leaves no site behind.
 */
let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

it('npm run build on CI without SITE_URL fails at once, saying what to set, and writes no site', () => {
  scratch = mkdtempSync(join(tmpdir(), 'kennisbank-site-url-'));
  const out = join(scratch, 'site');
  const environment: NodeJS.ProcessEnv = { ...process.env, CI: 'true', KENNISBANK_OUT_DIR: out, KENNISBANK_CACHE_DIR: join(scratch, 'cache'), GITHUB_ACTIONS: '' };
  delete environment['SITE_URL'];
  const result = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: environment });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('SITE_URL is not set, and CI is: a production build needs the site\'s public address.');
  expect(output).toContain('.github/workflows/deploy.yml');
  // Stopped before building: Astro never got to write a page.
  expect(output).not.toMatch(/Building static entrypoints|page\(s\) built/);
  expect(existsSync(out)).toBe(false);
  expect(existsSync(`${out}.partial`)).toBe(false);
}, 120_000);
