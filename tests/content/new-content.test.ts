import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validation/validate.ts';
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
      const english = readFileSync(join(copy.root, files[1] ?? ''), 'utf8');
      expect(english).toContain('"Learning network: Care North"');
      expect(english).toMatch(/^slug: learning-network-care-north$/m);
      expect(readFileSync(join(copy.root, files[0] ?? ''), 'utf8')).not.toMatch(/^slug:/m);
      expect(askedFor(copy.root, files)).toEqual(Object.fromEntries(files.map((file) => [file, testCase.asks])));
      expect(result.output).toContain('npm run validate');
    });
  }

  it('leaves the English address to be made from the translated title when no English title is given', () => {
    copy = copyContent();
    const result = runNew(copy.root, '--kind', 'term', '--title', 'Leernetwerk');
    expect(result.status).toBe(0);
    const english = 'content/glossary/en/leernetwerk.mdx';
    expect(copy.read(english)).not.toMatch(/^slug:/m);
    expect(askedFor(copy.root, ['content/glossary/nl/leernetwerk.mdx', english])[english]).toContain('slug (url.slug-missing)');
    expect(result.output).toContain('slug: ...');
  });

  it('names the file as validation asks a wrongly named file to be renamed: one slug rule for both', () => {
    copy = copyContent();
    const result = runNew(copy.root, '--kind', 'term', '--title', 'Patiënten Lab');
    expect(result.status).toBe(0);
    expect(existsSync(join(copy.root, 'content/glossary/nl/patienten-lab.mdx'))).toBe(true);

    copy.write('content/glossary/nl/Patiënten Lab.mdx', copy.read('content/glossary/nl/patienten-lab.mdx'));
    const misnamed = validateContent(copy.root).problems.find((problem) => problem.rule === 'file.name');
    expect(misnamed?.fix).toContain('"patienten-lab.mdx"');
  });

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
