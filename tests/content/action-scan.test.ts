import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validation/validate.ts';
import { copyContent, lineOf } from './helpers.ts';

/**
 * The self-scan's YAML (content/action-scan/) is checked like all other content: by its
 * schema, for the ids it links to, and for what only the whole scan can show (unique
 * statement ids and orders, sections that exist). Each case breaks one thing in a copy of
 * the real content and asserts the file, line and field the contributor is sent to.
 */
let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.remove());

const SAMENWERKING = 'content/action-scan/dimensions/samenwerking.yaml';
const BORGEN = 'content/action-scan/dimensions/borgen.yaml';
const SETTINGS = 'content/action-scan/scan.yaml';

function lineIn(file: string, pattern: RegExp): number {
  return lineOf(readFileSync(join(copy?.root ?? '', file), 'utf8'), pattern);
}

function problemsAfter(file: string, change: (text: string) => string) {
  copy = copyContent();
  copy.edit(file, change);
  return validateContent(copy.root).problems;
}

describe('the self-scan content is validated', () => {
  it('an advice link to a chapter that does not exist stops the build with file, line, field and a suggestion', () => {
    copy = copyContent();
    copy.edit(SAMENWERKING, (text) => text.replace('- chapter: 02-opzetten\n        section: wie-doen-er-mee', '- chapter: 02-opzeten\n        section: wie-doen-er-mee'));
    const line = lineIn(SAMENWERKING, /chapter: 02-opzeten/);
    const result = spawnSync(process.execPath, ['scripts/validate-content.ts', copy.root], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toMatch(/Found 1 problem in the content/);
    expect(output).toContain(`${SAMENWERKING}:${line}:`);
    expect(output).toContain('field "advice.low.read[0].chapter"  [reference.unknown]');
    expect(output).toContain('Expected: an id defined in content/position-paper/');
    expect(output).toContain('Fix:      Did you mean "02-opzetten"?');
  });

  it('links to guides and glossary terms are checked too', () => {
    const problems = problemsAfter(BORGEN, (text) => text.replace('- guide: van-fieldlab-naar-andere-regio\n      - chapter', '- guide: van-fieldlab-naar-een-regio\n      - chapter').replace('glossary: grozzerdam', 'glossary: groszerdam'));
    expect(problems.map((problem) => [problem.rule, problem.field, problem.found, problem.line])).toEqual([
      ['reference.unknown', 'advice.low.read[2].glossary', '"groszerdam"', lineIn(BORGEN, /glossary: groszerdam/)],
      ['reference.unknown', 'advice.middle.read[0].guide', '"van-fieldlab-naar-een-regio"', lineIn(BORGEN, /guide: van-fieldlab-naar-een-regio/)],
    ]);
    expect(problems[0]?.fix).toContain('Did you mean "grozzerdam"?');
  });

  it('a link to a section the chapter does not have names the sections it does have', () => {
    const [problem, ...rest] = problemsAfter(SAMENWERKING, (text) => text.replace('section: wie-doen-er-mee', 'section: wie-doet-er-mee'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      rule: 'reference.section',
      file: SAMENWERKING,
      line: lineIn(SAMENWERKING, /section: wie-doet-er-mee/),
      field: 'advice.low.read[0].section',
      found: '"wie-doet-er-mee"',
      expected: expect.stringMatching(/^a section id of content\/position-paper\/nl\/02-opzetten\.mdx: wat-het-paper-hier-behandelt, (?:[a-z-]+, )*wie-doen-er-mee, /),
      fix: expect.stringContaining('Did you mean "wie-doen-er-mee"?'),
    });
  });

  it('a statement without its English text names the statement\'s line and field', () => {
    const [problem, ...rest] = problemsAfter(BORGEN, (text) => text.replace('      en: We know how we can carry on when the current funding ends.\n', ''));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      rule: 'schema.required',
      file: BORGEN,
      line: lineIn(BORGEN, /nl: We weten hoe we verder kunnen/) - 1,
      field: 'statements[0].text.en',
      expected: 'the English text',
      fix: 'Add the field "statements[0].text.en" to the file, with the English text.',
    });
  });

  it('a link that names both a chapter and a guide says how to split it', () => {
    const [problem, ...rest] = problemsAfter(BORGEN, (text) => text.replace('      - guide: van-wijk-naar-regio\n', '      - guide: van-wijk-naar-regio\n        chapter: 05-vervolgstappen\n'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      rule: 'schema.invalid',
      line: lineIn(BORGEN, /- guide: van-wijk-naar-regio/),
      field: 'advice.high.read[0]',
      fix: expect.stringContaining('Split this link into 2 links'),
    });
  });

  it('a misspelt field inside a link is reported, not dropped', () => {
    const problems = problemsAfter(SAMENWERKING, (text) => text.replace('- glossary: quadruple-helix', '- glosary: quadruple-helix'));
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ rule: 'schema.unknown-field', file: SAMENWERKING, field: 'advice.low.read[1]', found: 'glosary', line: lineIn(SAMENWERKING, /glosary: quadruple-helix/) }),
    ]));
  });

  it('the same statement id in two dimensions points at both places', () => {
    const [problem, ...rest] = problemsAfter(SAMENWERKING, (text) => text.replace('id: samenwerking-inbreng', 'id: borgen-personen'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      rule: 'action-scan.duplicate-statement',
      file: SAMENWERKING,
      line: lineIn(SAMENWERKING, /id: borgen-personen/),
      field: 'statements[3].id',
      found: `"borgen-personen", also at ${BORGEN}:${lineIn(BORGEN, /id: borgen-personen/)}`,
    });
  });

  it('two dimensions with the same order are reported', () => {
    const [problem, ...rest] = problemsAfter(BORGEN, (text) => text.replace(/^order: \d+/m, 'order: 1'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: 'unique.duplicate', field: 'order', line: 2, found: expect.stringContaining('also used by content/action-scan/dimensions/') });
  });

  it('a scale out of order and bands the wrong way round are both reported, with fixes', () => {
    const problems = problemsAfter(SETTINGS, (text) => text.replace('value: 3', 'value: 4').replace('highFrom: 70', 'highFrom: 30'));
    expect(problems.map((problem) => [problem.field, problem.line, problem.fix])).toEqual([
      ['scale[2].value', lineIn(SETTINGS, /value: 4/), 'Give this option the value 3, or put the options in order from lowest to highest.'],
      ['bands.highFrom', lineIn(SETTINGS, /highFrom: 30/), 'Make highFrom larger than middleFrom, for example middleFrom: 40 and highFrom: 70.'],
    ]);
  });

  it('a file in the wrong place or a missing settings file is reported', () => {
    copy = copyContent();
    copy.write('content/action-scan/nieuw-onderdeel.yaml', 'order: 7\n');
    rmSync(join(copy.root, SETTINGS));
    const problems = validateContent(copy.root).problems;
    expect(problems.map((problem) => [problem.rule, problem.file])).toEqual([
      ['file.location', 'content/action-scan/nieuw-onderdeel.yaml'],
      ['file.missing', SETTINGS],
    ]);
    expect(problems[0]?.expected).toBe('in content/action-scan/ only scan.yaml and the folder dimensions/');
  });
});
