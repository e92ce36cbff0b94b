import { describe, expect, it } from 'vitest';
import type { Answers, ScanDefinition } from '../../src/features/self-scan/scoring.ts';
import {
  checksum,
  decodeShareFragment,
  encodeShareFragment,
  hasShareFragment,
  scanFingerprint,
} from '../../src/features/self-scan/share.ts';
import { definition } from '../helpers/scan-definition.ts';

const answers: Answers = { a1: 4, a2: 'unknown', a4: 1, b1: 5, b2: 3 };

/** Replaces one character of a string. */
function withCharacter(text: string, index: number, character: string): string {
  return `${text.slice(0, index)}${character}${text.slice(index + 1)}`;
}

describe('share links', () => {
  it('round trip: the answers, "don\'t know", open statements and the date come back as they were', () => {
    const fragment = encodeShareFragment(definition, answers, '2026-05-01');
    expect(decodeShareFragment(definition, `#${fragment}`)).toEqual({ ok: true, answers, date: '2026-05-01' });
  });

  it('writes one short, readable fragment with a version, the scan, the date, one character per statement and a checksum', () => {
    const fragment = encodeShareFragment(definition, answers, '2026-05-01');
    expect(fragment).toMatch(/^scan=1\.[0-9a-f]{8}\.20260501\.4x-153\.[0-9a-f]{8}$/);
  });

  it('reads a whole address as well as a bare fragment, so a pasted link works', () => {
    const fragment = encodeShareFragment(definition, answers, '2026-05-01');
    const result = decodeShareFragment(definition, `https://example.org/nl/actiescan/#${fragment}`);
    expect(result).toEqual({ ok: true, answers, date: '2026-05-01' });
    expect(hasShareFragment(`https://example.org/nl/actiescan/#${fragment}`)).toBe(true);
    expect(hasShareFragment('https://example.org/nl/actiescan/#step')).toBe(false);
  });

  it('round trip of an empty scan', () => {
    const fragment = encodeShareFragment(definition, {}, '2026-11-22');
    expect(decodeShareFragment(definition, fragment)).toEqual({ ok: true, answers: {}, date: '2026-11-22' });
  });

  it('a tampered answer is caught by the checksum', () => {
    const fragment = encodeShareFragment(definition, answers, '2026-05-01');
    const answersAt = fragment.indexOf('.20260501.') + '.20260501.'.length;
    const tampered = withCharacter(fragment, answersAt, '5');
    expect(tampered).not.toBe(fragment);
    expect(decodeShareFragment(definition, tampered)).toEqual({ ok: false, error: 'checksum' });
  });

  it('a tampered date or a changed checksum is caught too', () => {
    const fragment = encodeShareFragment(definition, answers, '2026-05-01');
    expect(decodeShareFragment(definition, fragment.replace('.20260501.', '.20260502.'))).toEqual({ ok: false, error: 'checksum' });
    const last = fragment.length - 1;
    expect(decodeShareFragment(definition, withCharacter(fragment, last, fragment[last] === '0' ? '1' : '0'))).toEqual({
      ok: false,
      error: 'checksum',
    });
  });

  it('a link that was cut off says it is incomplete', () => {
    const fragment = encodeShareFragment(definition, answers, '2026-05-01');
    expect(decodeShareFragment(definition, fragment.slice(0, -3))).toEqual({ ok: false, error: 'malformed' });
    expect(decodeShareFragment(definition, fragment.slice(0, fragment.lastIndexOf('.')))).toEqual({ ok: false, error: 'malformed' });
  });

  it('corrupt input gives an error code and never throws', () => {
    for (const input of ['scan=', 'scan=hello', 'scan=1', 'scan=1.....', 'scan=%E0%A4%A', 'scan=1.zz.20260501.45.0000000g']) {
      expect(decodeShareFragment(definition, input)).toEqual({ ok: false, error: 'malformed' });
    }
  });

  it('an address without a scan in it says so', () => {
    expect(decodeShareFragment(definition, 'https://example.org/nl/actiescan/')).toEqual({ ok: false, error: 'missing' });
    expect(decodeShareFragment(definition, '#samenwerking')).toEqual({ ok: false, error: 'missing' });
  });

  it('a link from a newer version of the page is recognised as such', () => {
    const body = `2.${scanFingerprint(definition)}.20260501.4x-153`;
    expect(decodeShareFragment(definition, `scan=${body}.${checksum(body)}`)).toEqual({ ok: false, error: 'unsupported-version' });
  });

  it('a link made before the statements changed is not read into the wrong statements', () => {
    const fragment = encodeShareFragment(definition, answers, '2026-05-01');
    const changed: ScanDefinition = { ...definition, dimensions: [...definition.dimensions, { id: 'waarderen', statements: ['c1'] }] };
    expect(decodeShareFragment(changed, fragment)).toEqual({ ok: false, error: 'other-scan' });
    const reordered: ScanDefinition = { ...definition, dimensions: [...definition.dimensions].reverse() };
    expect(decodeShareFragment(reordered, fragment)).toEqual({ ok: false, error: 'other-scan' });
  });

  it('a hand-made link with a correct checksum but impossible content is still refused', () => {
    const fingerprint = scanFingerprint(definition);
    for (const body of [`1.${fingerprint}.20260501.45`, `1.${fingerprint}.20260501.4x-159`, `1.${fingerprint}.20261332.4x-153`]) {
      expect(decodeShareFragment(definition, `scan=${body}.${checksum(body)}`)).toEqual({ ok: false, error: 'malformed' });
    }
  });

  it('refuses to make a link without a proper date', () => {
    expect(() => encodeShareFragment(definition, answers, '1 mei')).toThrow(/YYYY-MM-DD/);
  });
});
