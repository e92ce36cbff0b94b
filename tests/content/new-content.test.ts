import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validation/validate.ts';
import { slugify } from '../../scripts/new-content/templates.ts';
import { copyContent } from './helpers.ts';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.remove());

function runNew(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new-content.ts', '--root', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** What validation asks for in the new files, as "field (rule)" per file. */
function askedFor(root: string, files: string[]): Record<string, string[]> {
  const { problems } = validateContent(root);
  expect(problems.every((problem) => files.includes(problem.file)), 'no problem outside the new files').toBe(true);
  return Object.fromEntries(files.map((file) => [file, problems.filter((problem) => problem.file === file).map((problem) => `${problem.field} (${problem.rule})`).sort()]));
}

describe('npm run new', () => {
  it('makes a file name from a Dutch title', () => {
    expect(slugify('Zorg & Welzijn in Fryslân: een proef!')).toBe('zorg-welzijn-in-fryslan-een-proef');
  });

  const cases = [
    { kind: 'community', folder: 'communities', asks: ['sources (schema.empty)', 'summary (schema.empty)'] },
    { kind: 'guide', folder: 'guides', asks: ['audiences (schema.empty)', 'basedOn (schema.empty)', 'sources (schema.empty)', 'summary (schema.empty)'] },
    { kind: 'term', folder: 'glossary', asks: ['definition (schema.empty)', 'sources (schema.empty)'] },
    { kind: 'chapter', folder: 'position-paper', asks: ['summary (schema.empty)'] },
  ];
  for (const testCase of cases) {
    it(`writes a ${testCase.kind} in both languages that validation accepts apart from the content it asks for`, () => {
      copy = copyContent();
      const result = runNew(copy.root, '--kind', testCase.kind, '--title', 'Leernetwerk: Zorg Noord', '--title-en', 'Learning network: Care North');
      expect(result.status).toBe(0);
      const name = testCase.kind === 'chapter' ? '06-leernetwerk-zorg-noord' : 'leernetwerk-zorg-noord';
      const files = ['nl', 'en'].map((lang) => `content/${testCase.folder}/${lang}/${name}.mdx`);
      for (const file of files) expect(existsSync(join(copy.root, file)), file).toBe(true);
      expect(readFileSync(join(copy.root, files[1] ?? ''), 'utf8')).toContain('"Learning network: Care North"');
      expect(askedFor(copy.root, files)).toEqual(Object.fromEntries(files.map((file) => [file, testCase.asks])));
      expect(result.output).toContain('npm run validate');
    });
  }

  it('refuses to overwrite an existing entry', () => {
    copy = copyContent();
    const result = runNew(copy.root, '--kind', 'term', '--title', 'Fieldlab');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/fieldlab\.mdx already exists/);
  });

  it('explains an unknown kind', () => {
    copy = copyContent();
    const result = runNew(copy.root, '--kind', 'blog', '--title', 'Iets');
    expect(result.status).toBe(1);
    expect(result.output).toContain('"blog" is not a kind of entry. Choose one of: community, guide, term, chapter.');
  });

  it('says what is missing when there is no terminal to ask in', () => {
    copy = copyContent();
    const result = runNew(copy.root, '--kind', 'term');
    expect(result.status).toBe(1);
    expect(result.output).toContain('Missing information and no terminal to ask it in: Title in Dutch:');
  });
});
