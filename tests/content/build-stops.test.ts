import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyContent, lineOf } from './helpers.ts';

/**
 * Breaking one frontmatter field in any collection stops the build before Astro runs and
 * names the file, the line and the field. The build script starts with the validator, so
 * running the validator's CLI is running the build's first step.
 */
let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.remove());

function validateCli(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/validate-content.ts', root], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

it('the build script runs the validator before astro build', () => {
  const build = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build as string;
  expect(build).toMatch(/^node scripts\/validate-content\.ts && node scripts\/build-site\.ts$/);
});

it('passes on the real content', () => {
  const result = validateCli(process.cwd());
  expect(result.output).toMatch(/Content is valid/);
  expect(result.status).toBe(0);
});

const cases = [
  { collection: 'position paper', file: 'content/position-paper/nl/01-inleiding.mdx', line: /^order:/, change: (text: string) => text.replace(/^order: \d+/m, 'order: eerste'), field: 'order' },
  { collection: 'communities', file: 'content/communities/en/evolva.mdx', line: /^status:/, change: (text: string) => text.replace(/^status: .*/m, 'status: paused'), field: 'status' },
  { collection: 'guides', file: 'content/guides/nl/van-wijk-naar-regio.mdx', line: /^direction:/, change: (text: string) => text.replace(/^direction: .*/m, 'direction: sideways'), field: 'direction' },
  { collection: 'glossary', file: 'content/glossary/en/fieldlab.mdx', line: /^updated:/, change: (text: string) => text.replace(/^updated: .*/m, 'updated: 2999-01-01'), field: 'updated' },
  { collection: 'pages', file: 'content/pages/nl/privacy.mdx', line: /^slug:/, change: (text: string) => text.replace(/^slug: .*/m, 'slug: Privacy Verklaring'), field: 'slug' },
  { collection: 'a <Term> in a chapter', file: 'content/position-paper/en/02-opzetten.mdx', line: /<Term id="fieldlabx"/, change: (text: string) => text.replace(/<Term id="fieldlab"/, '<Term id="fieldlabx"'), field: '<Term id>' },
  // Flevoland: a province no profile names yet, so the broken id is the only problem.
  { collection: 'taxonomy', file: 'content/taxonomy/provinces.yaml', line: /^- id: Flevoland!/, change: (text: string) => text.replace('- id: flevoland', '- id: Flevoland!'), field: '[4].id' },
  { collection: 'action-scan dimensions', file: 'content/action-scan/dimensions/borgen.yaml', line: /^order:/, change: (text: string) => text.replace(/^order: \d+/m, 'order: vijf'), field: 'order' },
  { collection: 'action-scan settings', file: 'content/action-scan/scan.yaml', line: /^ {2}highFrom:/, change: (text: string) => text.replace(/highFrom: \d+/, 'highFrom: zeventig'), field: 'bands.highFrom' },
];

describe('a broken field in each collection stops the build', () => {
  for (const testCase of cases) {
    it(`${testCase.collection}: names ${testCase.file}, its line and "${testCase.field}"`, () => {
      copy = copyContent();
      copy.edit(testCase.file, testCase.change);
      const line = lineOf(readFileSync(join(copy.root, testCase.file), 'utf8'), testCase.line);
      const result = validateCli(copy.root);
      expect(result.status).toBe(1);
      expect(result.output).toContain(`${testCase.file}:${line}`);
      expect(result.output).toContain(`field "${testCase.field}"`);
      expect(result.output).toMatch(/Fix: /);
      expect(result.output).toMatch(/Found 1 problem in the content/);
    });
  }
});

it('reports every problem in one pass, across files', () => {
  copy = copyContent();
  copy.edit('content/communities/nl/entrance.mdx', (text) => text.replace(/^status: .*/m, 'status: paused'));
  copy.edit('content/guides/en/van-wijk-naar-regio.mdx', (text) => text.replace(/^summary: .*/m, `summary: ${'x'.repeat(230)}`));
  copy.edit('content/glossary/nl/proeftuin.mdx', (text) => text.replace(/^term: .*\n/m, ''));
  const result = validateCli(copy.root);
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/Found 3 problems/);
  expect(result.output).toContain('content/communities/nl/entrance.mdx');
  expect(result.output).toContain('content/guides/en/van-wijk-naar-regio.mdx');
  expect(result.output).toContain('content/glossary/nl/proeftuin.mdx');
  expect(result.output).toContain('30 too many');
});

it('prints GitHub annotations when run in GitHub Actions', () => {
  copy = copyContent();
  copy.edit('content/communities/nl/entrance.mdx', (text) => text.replace(/^status: .*/m, 'status: paused'));
  const result = spawnSync(process.execPath, ['scripts/validate-content.ts', copy.root], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'true' } });
  expect(result.stdout).toMatch(/^::error file=content\/communities\/nl\/entrance\.mdx,line=\d+,col=\d+,title=schema\.value%3A status::/m);
});
