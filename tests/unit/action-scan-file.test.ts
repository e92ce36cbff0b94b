import { describe, expect, it } from 'vitest';
import { FILE_FORMAT, exportScan, parseScanFile, parseStored, serializeStored } from '../../src/features/self-scan/file.ts';
import { definition } from '../helpers/scan-definition.ts';

const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, date: '2026-05-01', answers: {}, ...fields });

describe('the answers as a file', () => {
  it('round trip: a downloaded file loads back to the same answers and date', () => {
    const answers = { b2: 3, a1: 4, a2: 'unknown' as const };
    const exported = exportScan(definition, answers, '2026-05-01');
    expect(Object.keys(exported.answers)).toEqual(['a1', 'a2', 'b2']);
    expect(exported.scores).toEqual({ samenwerking: 75, borgen: 50 });
    expect(parseScanFile(definition, JSON.stringify(exported))).toEqual({ ok: true, answers, date: '2026-05-01', ignored: [] });
  });

  it('ignores, and lists, answers to statements the scan no longer has', () => {
    const result = parseScanFile(definition, file({ answers: { a1: 2, oud: 4 } }));
    expect(result).toEqual({ ok: true, answers: { a1: 2 }, date: '2026-05-01', ignored: ['oud'] });
  });

  it('treats null as an open statement', () => {
    expect(parseScanFile(definition, file({ answers: { a1: null, a2: 5 } }))).toMatchObject({ ok: true, answers: { a2: 5 } });
  });

  it('names the statement and the value when an answer is not on the scale', () => {
    expect(parseScanFile(definition, file({ answers: { a1: 2, a3: 7 } }))).toEqual({
      ok: false,
      error: { code: 'invalid-answer', statement: 'a3', value: '7' },
    });
    expect(parseScanFile(definition, file({ answers: { b1: 'veel' } }))).toEqual({
      ok: false,
      error: { code: 'invalid-answer', statement: 'b1', value: '"veel"' },
    });
  });

  it('tells apart a file that is not JSON, not a scan, from a newer version, or too large', () => {
    expect(parseScanFile(definition, '{"format": ')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(parseScanFile(definition, JSON.stringify({ communities: [] }))).toEqual({ ok: false, error: { code: 'not-a-scan' } });
    expect(parseScanFile(definition, JSON.stringify([1, 2]))).toEqual({ ok: false, error: { code: 'not-a-scan' } });
    expect(parseScanFile(definition, file({ version: 2 }))).toEqual({ ok: false, error: { code: 'unsupported-version', version: '2' } });
    expect(parseScanFile(definition, ' '.repeat(200_001))).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a date that is not a real day', () => {
    expect(parseScanFile(definition, file({ date: '2026-02-30' }))).toEqual({
      ok: false,
      error: { code: 'invalid-date', value: '2026-02-30' },
    });
  });

  it('says so when none of the answers fits this scan', () => {
    expect(parseScanFile(definition, file({ answers: { x1: 3, x2: 4 } }))).toEqual({ ok: false, error: { code: 'other-scan' } });
  });
});

describe('what the browser keeps', () => {
  it('round trip of answers, date, step and a comparison', () => {
    const stored = { answers: { a1: 2 }, date: '2026-11-22', step: 1, compare: { answers: { a1: 5 }, date: '2026-05-01' } };
    expect(parseStored(definition, serializeStored(stored))).toEqual(stored);
    expect(parseStored(definition, serializeStored({ answers: {}, date: undefined, step: 'result' })).step).toBe('result');
  });

  it("starts empty on nothing, garbage or someone else's data, and keeps what still fits", () => {
    const empty = { answers: {}, date: undefined, step: 0 };
    expect(parseStored(definition, null)).toEqual(empty);
    expect(parseStored(definition, 'niet json')).toEqual(empty);
    expect(parseStored(definition, '"tekst"')).toEqual(empty);
    expect(parseStored(definition, JSON.stringify({ answers: { a1: 9, a2: 2, weg: 1 }, step: 7, date: 'gisteren' }))).toEqual({
      answers: { a2: 2 },
      date: undefined,
      step: 0,
    });
  });
});
