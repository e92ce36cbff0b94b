import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validation/validate.ts';
import { copyContent } from './helpers.ts';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.remove());

function only(root: string) {
  const { problems } = validateContent(root);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('references between entries are checked', () => {
  it('an unknown province names the file, the field, the value and where ids live', () => {
    copy = copyContent();
    copy.edit('content/communities/nl/evolva.mdx', (text) => text.replace(/^provinces: .*/m, 'provinces: [limburgg]'));
    expect(only(copy.root)).toMatchObject({
      rule: 'reference.unknown',
      file: 'content/communities/nl/evolva.mdx',
      field: 'provinces[0]',
      found: '"limburgg"',
      fix: expect.stringContaining('Did you mean "limburg"?'),
      expected: expect.stringContaining('content/taxonomy/provinces.yaml'),
    });
  });

  it('an unknown top sector, theme, partner type or guide is reported', () => {
    copy = copyContent();
    copy.edit('content/communities/en/vitaal-in-brainport.mdx', (text) =>
      text
        .replace(/^topSectors: .*/m, 'topSectors: [health]')
        .replace(/^themes: .*/m, 'themes: [gezondheid]')
        .replace(/type: kennisinstellingen/, 'type: school')
        .replace(/^guides: .*/m, 'guides: [geen-gids]'),
    );
    const { problems } = validateContent(copy.root);
    expect(problems.map((problem) => [problem.field, problem.found])).toEqual(
      expect.arrayContaining([
        ['topSectors[0]', '"health"'],
        ['themes[0]', '"gezondheid"'],
        ['partners[0].type', '"school"'],
        ['guides[0]', '"geen-gids"'],
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it("a guide's basedOn must name existing communities", () => {
    copy = copyContent();
    copy.edit('content/guides/nl/van-wijk-naar-regio.mdx', (text) => text.replace(/^basedOn: .*/m, 'basedOn: [achtse-barrier]'));
    expect(only(copy.root)).toMatchObject({ field: 'basedOn[0]', found: '"achtse-barrier"' });
  });

  it('a <Term> with an unknown id names the line and column in the body', () => {
    copy = copyContent();
    copy.write('content/glossary/nl/proeftuin.mdx', '---\nterm: Proeftuin\ndefinition: Een plek om te testen.\nsources:\n  - title: VSE\n    url: https://vse.nl/\nupdated: 2026-11-01\n---\n\nZie ook <Term id="fieldlabb">fieldlabs</Term>.\n');
    expect(only(copy.root)).toMatchObject({ rule: 'reference.unknown', field: '<Term id>', line: 10, column: 9, found: '"fieldlabb"' });
  });
});

describe('file and YAML problems', () => {
  it('broken YAML gives its line and a fix', () => {
    copy = copyContent();
    copy.edit('content/communities/nl/entrance.mdx', (text) => text.replace(/^title: .*/m, 'title: "Entrance'));
    const problem = only(copy.root);
    expect(problem).toMatchObject({ rule: 'yaml.syntax', file: 'content/communities/nl/entrance.mdx' });
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('a misspelt field is named with a suggestion instead of being dropped', () => {
    copy = copyContent();
    copy.edit('content/communities/nl/entrance.mdx', (text) => text.replace(/^topSectors:/m, 'topsectors:'));
    expect(only(copy.root)).toMatchObject({ rule: 'schema.unknown-field', field: 'topsectors', fix: expect.stringContaining('"topSectors"') });
  });

  it('a file outside a language folder is reported, not skipped', () => {
    copy = copyContent();
    copy.write('content/communities/nieuw.mdx', '---\ntitle: Nieuw\n---\n');
    expect(only(copy.root)).toMatchObject({ rule: 'file.location', file: 'content/communities/nieuw.mdx' });
  });

  it('two pages with the same slug in one language are reported', () => {
    copy = copyContent();
    copy.edit('content/pages/nl/bijdragen.mdx', (text) => text.replace(/^slug: .*/m, 'slug: over'));
    expect(only(copy.root)).toMatchObject({ rule: 'unique.duplicate', field: 'slug' });
  });
});
