import { describe, expect, it } from 'vitest';
import { extractProse } from '../../scripts/spelling/extract-prose.ts';
import {
  checkSpelling,
  checkText,
  formatSpellingProblem,
  loadSpeller,
  parsePreferredForms,
  parseWordList,
  type ProjectWords,
} from '../../scripts/spelling/spelling.ts';

const fixtureWords: ProjectWords = {
  ...parseWordList('[all]\nGROZzerdam\nCentra voor Innovatief Vakmanschap\n[nl]\nskillspaspoort\n'),
  preferred: parsePreferredForms('nl: co-creatief -> cocreatief\n'),
};

describe('the spelling check', () => {
  it('flags a misspelt word in each language, with its column', async () => {
    const spell = await loadSpeller();
    const dutch = checkText('Een leergemeenschap verbindt werken en lerren.', 'nl', fixtureWords, spell, 7);
    expect(dutch.problems).toEqual([{ line: 7, column: 40, word: 'lerren', language: 'nl' }]);
    const english = checkText('Partners recieve funding.', 'en', fixtureWords, spell);
    expect(english.problems.map((problem) => problem.word)).toEqual(['recieve']);
  });

  it('accepts dictionary words, Dutch compounds, listed names and acronyms', async () => {
    const spell = await loadSpeller();
    const text = 'De GROZzerdam en de Centra voor Innovatief Vakmanschap werken met NWO en CIV\'s aan leergemeenschappen en een skillspaspoort.';
    expect(checkText(text, 'nl', fixtureWords, spell).problems).toEqual([]);
    // A name of several words counts only as a whole: "voor" alone is no English word.
    expect(checkText('Centra voor Innovatief Vakmanschap', 'en', fixtureWords, spell).problems).toEqual([]);
    expect(checkText('a centre voor craftsmanship', 'en', fixtureWords, spell).problems.map((problem) => problem.word)).toEqual(['voor']);
  });

  it('lets quoted, emphasised or glossed words be in the other language, and nowhere else', async () => {
    const spell = await loadSpeller();
    expect(checkText('The follow-up "Een nieuw samenspel" covers funding (bekostiging) and *leren*.', 'en', fixtureWords, spell).problems).toEqual([]);
    expect(checkText('The bekostiging was secured.', 'en', fixtureWords, spell).problems.map((problem) => problem.word)).toEqual(['bekostiging']);
  });

  it('reports a form the site writes differently, with the form to write', async () => {
    const spell = await loadSpeller();
    const { problems } = checkText('Het begrip is co-creatief.', 'nl', fixtureWords, spell);
    expect(problems).toEqual([{ line: 1, column: 15, word: 'co-creatief', language: 'nl', preferred: 'cocreatief' }]);
    expect(formatSpellingProblem({ file: 'content/guides/nl/x.mdx', ...problems[0]! })).toContain('write "cocreatief"');
  });

  it('reads titles, summaries and prose, not keys, URLs, code, footnote sources or component attributes', () => {
    const source = [
      '---',
      'title: "Een titel"',
      'sources:',
      '  - title: "Bron zonder spellingcontrole"',
      '    url: https://example.org/pad',
      'updated: 2026-11-22',
      '---',
      '',
      'Tekst met <Term id="fieldlabb">een term</Term> en `codeword` en https://groz.nl/fieldlabs.[^1]',
      '<Aside type="note" title="Eigen weergave">',
      '```',
      'niet gecontroleerd',
      '```',
      '[^1]: Bron, https://groz.nl/fieldlabs',
    ].join('\n');
    const prose = extractProse(source).map(({ line, text }) => [line, text.replace(/\s+/g, ' ').trim()]);
    expect(prose).toEqual([
      [2, 'Een titel'],
      [9, 'Tekst met een term en en'],
      [10, 'Eigen weergave'],
    ]);
  });
});

describe('the content is spelt correctly', () => {
  it('every word of every MDX file under content/ is in its dictionary or in content/spelling/words.txt', async () => {
    const { problems, files, words } = await checkSpelling(process.cwd(), ['content']);
    expect(files).toBeGreaterThan(0);
    expect(words).toBeGreaterThan(1000);
    const report = problems.map((problem) => formatSpellingProblem(problem, 'en')).join('\n');
    // Each line: file:line:column, the word, and how to fix it.
    expect(report).toBe('');
  });
});
