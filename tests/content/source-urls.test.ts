import { afterEach, describe, expect, it } from 'vitest';
import { hasPath } from '../../scripts/validation/check-sources.ts';
import { formatAnnotation, formatProblem } from '../../scripts/validation/problem.ts';
import { validateContent } from '../../scripts/validation/validate.ts';
import { copyContent, lineOf } from './helpers.ts';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.remove());

const where = (problem: { file: string; line?: number; found?: string }) => `${problem.file}:${problem.line ?? '?'} ${problem.found ?? ''}`;

describe('sources name the page that states the fact', () => {
  it('tells a site from a page', () => {
    expect(hasPath('https://scienceguide.nl/')).toBe(false);
    expect(hasPath('https://scienceguide.nl')).toBe(false);
    expect(hasPath('https://www.health-holland.com/#news')).toBe(false);
    expect(hasPath('https://groz.nl/fieldlabs')).toBe(true);
    expect(hasPath('https://www.nwo.nl/onderzoek-en-resultaten/onderzoeksprojecten/i/46/34746.html')).toBe(true);
    expect(hasPath('http://www.omroepbrabant.nl/?news/277710702')).toBe(true);
  });

  it('no source in the real content, in any collection or footnote, is a bare home page', () => {
    const { warnings } = validateContent(process.cwd());
    expect(warnings.filter((warning) => warning.rule === 'source.bare-url').map(where)).toEqual([]);
  });

  it('a home page as a source is a warning with file, line and field; it does not stop the build', () => {
    copy = copyContent();
    const file = 'content/communities/nl/broken-source.mdx';
    const text = [
      '---',
      'title: Kapotte bron',
      'summary: Een profiel met een bron zonder pad.',
      'kind: learning-community',
      'status: unknown',
      'sources:',
      '  - title: ScienceGuide, december 2021',
      '    url: https://scienceguide.nl/',
      '  - title: GROZ, fieldlabs',
      '    url: https://groz.nl/fieldlabs',
      'untranslated: true',
      'updated: 2026-11-22',
      '---',
      '',
      '## Wat het is',
      '',
      'Een zin met een voetnoot.[^1]',
      '',
      '[^1]: ScienceGuide, december 2021, https://www.scienceguide.nl/.',
      '',
    ].join('\n');
    copy.write(file, text);
    const { problems, warnings } = validateContent(copy.root);
    expect(problems.filter((problem) => problem.file === file)).toEqual([]);
    const mine = warnings.filter((warning) => warning.file === file);
    expect(mine).toEqual([
      expect.objectContaining({ rule: 'source.bare-url', severity: 'warning', field: 'sources[0].url', line: lineOf(text, /url: https:\/\/scienceguide/), found: '"https://scienceguide.nl/", a site\'s home page' }),
      expect.objectContaining({ rule: 'source.bare-url', severity: 'warning', field: 'footnote', line: lineOf(text, /^\[\^1\]/), found: '"https://www.scienceguide.nl/", a site\'s home page' }),
    ]);
    expect(formatProblem(mine[0]!)).toContain('[source.bare-url, warning]');
    expect(formatAnnotation(mine[0]!)).toMatch(/^::warning file=content\/communities\/nl\/broken-source\.mdx,line=8,/);
  });
});
