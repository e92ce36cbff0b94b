import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { actionScanDimensionSchema, actionScanSchema } from '../../src/kernel/schemas/action-scan.ts';
import { bandOf, definitionFrom, progressOf, sanitizeAnswers, scoreScan } from '../../src/features/self-scan/scoring.ts';
import { definition } from '../helpers/scan-definition.ts';

describe('scoring a dimension', () => {
  it('turns answers into 0-100: the lowest option is 0, the highest 100, in equal steps', () => {
    const [first] = scoreScan(definition, { a1: 1, a2: 2, a3: 4, a4: 5 });
    // (0 + 25 + 75 + 100) / 4
    expect(first).toMatchObject({ id: 'samenwerking', score: 50, answered: 4, unknown: 0, total: 4, band: 'middle' });
  });

  it('leaves open statements out of the average instead of counting them as zero', () => {
    const [first] = scoreScan(definition, { a1: 5, a3: 4 });
    // (100 + 75) / 2 = 87.5, rounded
    expect(first).toMatchObject({ score: 88, answered: 2, unknown: 0, total: 4, band: 'high' });
  });

  it('counts "don\'t know" apart, and not in the score', () => {
    const [first] = scoreScan(definition, { a1: 3, a2: 'unknown', a3: 'unknown' });
    expect(first).toMatchObject({ score: 50, answered: 1, unknown: 2, band: 'middle' });
  });

  it('gives no score and no band to a dimension without any value', () => {
    const scores = scoreScan(definition, { a1: 'unknown' });
    expect(scores[0]).toMatchObject({ score: null, band: null, answered: 0, unknown: 1 });
    expect(scores[1]).toMatchObject({ score: null, band: null, answered: 0, unknown: 0, total: 2 });
  });

  it("scores every dimension on its own, in the scan's order", () => {
    const scores = scoreScan(definition, { a1: 5, b1: 1, b2: 2 });
    expect(scores.map((score) => [score.id, score.score])).toEqual([
      ['samenwerking', 100],
      ['borgen', 13],
    ]);
  });

  it('puts a score in its band at the boundaries', () => {
    expect([0, 39, 40, 69, 70, 100].map((score) => bandOf(score, definition.bands))).toEqual([
      'low',
      'low',
      'middle',
      'middle',
      'high',
      'high',
    ]);
  });
});

describe('answers', () => {
  it('progress counts every statement with an answer, "don\'t know" included', () => {
    expect(progressOf(definition, { a1: 2, a2: 'unknown', b2: 5 })).toEqual({ answered: 3, total: 6 });
    expect(progressOf(definition, {})).toEqual({ answered: 0, total: 6 });
  });

  it('keeps only known statements with values the scale allows', () => {
    const raw = { a1: 3, a2: 0, a3: 6, a4: 2.5, b1: '3', b2: 'unknown', zz: 4 };
    expect(sanitizeAnswers(definition, raw)).toEqual({ a1: 3, b2: 'unknown' });
    expect(sanitizeAnswers(definition, null)).toEqual({});
    expect(sanitizeAnswers(definition, [1, 2])).toEqual({});
  });
});

describe('the real scan in content/action-scan', () => {
  const settings = actionScanSchema.parse(parse(readFileSync('content/action-scan/scan.yaml', 'utf8')));
  const files = readdirSync('content/action-scan/dimensions');
  const dimensions = files.map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    ...actionScanDimensionSchema.parse(parse(readFileSync(`content/action-scan/dimensions/${file}`, 'utf8'))),
  }));
  const real = definitionFrom(settings, dimensions);

  it('has its dimensions in their order, each with statements, on the scale of the settings file', () => {
    expect(real.dimensions.length).toBe(files.length);
    expect(real.dimensions.length).toBeGreaterThanOrEqual(5);
    expect(real.dimensions[0]?.id).toBe('samenwerking');
    for (const dimension of real.dimensions) expect(dimension.statements.length).toBeGreaterThanOrEqual(3);
    expect(real.points).toBe(settings.scale.length);
  });

  it('scores a scan answered entirely with the highest option as 100 everywhere', () => {
    const answers = Object.fromEntries(real.dimensions.flatMap((dimension) => dimension.statements).map((id) => [id, real.points]));
    expect(scoreScan(real, answers).map((score) => score.score)).toEqual(real.dimensions.map(() => 100));
  });
});
