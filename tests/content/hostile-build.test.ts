import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildFixture, copyContent } from './helpers.ts';

/**
 * The two ways a frontmatter once hid code from the validator, run through a real build:
 * nothing in the file may run, and no site may be written. The guard inside Astro
 * (src/kernel/content-safety/content-guard.ts) must also stop `astro build` started without
 * validation.
 */
let copy: ReturnType<typeof copyContent> | undefined;
let scratch: string | undefined;
afterEach(() => {
  copy?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const COMMUNITY = 'content/communities/nl/evolva.mdx';

/** A profile whose frontmatter has `hide` in it, followed by code that would leave a marker file. */
function hostileCopy(hide: string, marker: string) {
  copy = copyContent();
  copy.edit(COMMUNITY, (text) => {
    const withLine = text.replace(/^(kind:.*\n)/m, `$1${hide}\n`);
    return `${withLine.trimEnd()}\n\nimport { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'import')\n\n{writeFileSync(${JSON.stringify(`${marker}.expression`)}, 'expression')}\n\n<script src="https://evil.example/x.js"></script>\n<img src="x" onerror="alert(1)" />\n`;
  });
  return copy;
}

for (const [name, hide] of [['a value ending in " ---"', 'place: Maastricht ---'], ['a comment "# ---"', '# ---']] as const) {
  it(`npm run build with ${name} in the frontmatter runs nothing and writes no site`, () => {
    scratch = mkdtempSync(join(tmpdir(), 'kennisbank-hostile-'));
    const marker = join(scratch, 'ran');
    const out = join(scratch, 'site');
    const hostile = hostileCopy(hide, marker);
    const result = spawnSync('npm', ['run', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, KENNISBANK_CONTENT_DIR: join(hostile.root, 'content'), KENNISBANK_OUT_DIR: out, KENNISBANK_CACHE_DIR: join(scratch, 'cache'), GITHUB_ACTIONS: '' },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`${COMMUNITY}:`);
    expect(output).toContain('[mdx.import-export]');
    expect(output).toContain('[mdx.expression]');
    expect(output).toContain('[mdx.unsafe-element]');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(`${marker}.expression`)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 120_000);
}

it('astro build without validation is stopped by the content guard before any code runs', () => {
  scratch = mkdtempSync(join(tmpdir(), 'kennisbank-hostile-'));
  const marker = join(scratch, 'ran');
  const hostile = hostileCopy('place: Maastricht ---', marker);
  expect(() => buildFixture(hostile.root)).toThrow(/Unsafe content stopped the build[\s\S]*evolva\.mdx:\d+ \[mdx\.import-export\]/);
  expect(existsSync(marker)).toBe(false);
  expect(existsSync(`${marker}.expression`)).toBe(false);
}, 240_000);

it('the validator reads frontmatter and YAML with the very modules Astro uses', () => {
  const ours = createRequire(resolve('package.json'));
  const mdx = createRequire(ours.resolve('@astrojs/mdx/package.json'));
  const astro = createRequire(ours.resolve('astro/package.json'));
  expect(ours.resolve('@astrojs/internal-helpers/frontmatter')).toBe(mdx.resolve('@astrojs/internal-helpers/frontmatter'));
  expect(ours.resolve('@astrojs/internal-helpers/frontmatter')).toBe(astro.resolve('@astrojs/internal-helpers/frontmatter'));
  expect(dirname(ours.resolve('js-yaml'))).toBe(dirname(astro.resolve('js-yaml')));
});
