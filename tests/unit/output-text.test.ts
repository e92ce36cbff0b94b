import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/features/open-data/csv.ts';
import { escapeXml, xmlSafeText } from '../../src/kernel/build/output-text.ts';
import {
  answerOf,
  emptyAnswers,
  progressOf,
  sanitizeAnswers,
  scoreScan,
  type ScanDefinition,
} from '../../src/features/self-scan/scoring.ts';
import { decodeShareFragment, encodeShareFragment } from '../../src/features/self-scan/share.ts';

describe('values that leave the site', () => {
  it('CSV cells that a spreadsheet would run as a formula stay text', () => {
    expect(csvField('=HYPERLINK("https://evil.example","klik")')).toBe(`"'=HYPERLINK(""https://evil.example"",""klik"")"`);
    expect(csvField('+31 20 123')).toBe("'+31 20 123");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tTab')).toBe("'\tTab");
    expect(csvField('Fontys Hogescholen')).toBe('Fontys Hogescholen');
    expect(csvField(-1)).toBe('-1');
    expect(toCsv(['name'], [{ name: '=1+1' }])).toBe("name\r\n'=1+1\r\n");
  });

  it('XML text loses the characters XML cannot hold, and escapes the rest', () => {
    expect(xmlSafeText('Evo\u000Blva\u0000')).toBe('Evolva');
    expect(escapeXml('<a href="x">R&D\'s</a>\u0008')).toBe('&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;');
  });
});

describe('self-scan statement ids are data', () => {
  const definition: ScanDefinition = {
    dimensions: [{ id: 'samenwerking', statements: ['constructor', 'tostring', 'hasownproperty', '__proto__', 'a1'] }],
    points: 5,
    bands: { middleFrom: 40, highFrom: 70 },
  };

  it('no statement counts as answered because Object.prototype has a member of its name', () => {
    expect(progressOf(definition, emptyAnswers())).toEqual({ answered: 0, total: 5 });
    expect(answerOf(emptyAnswers(), 'constructor')).toBeUndefined();
    expect(scoreScan(definition, emptyAnswers())[0]).toMatchObject({ answered: 0, unknown: 0, score: null });
  });

  it('answers to such statements are kept, scored and shared like any other', () => {
    const answers = sanitizeAnswers(definition, JSON.parse('{"constructor": 5, "__proto__": 1, "a1": "unknown", "toString": 3}'));
    expect(answerOf(answers, 'constructor')).toBe(5);
    expect(answerOf(answers, '__proto__')).toBe(1);
    expect(progressOf(definition, answers)).toEqual({ answered: 3, total: 5 });
    const fragment = encodeShareFragment(definition, answers, '2026-12-01');
    const decoded = decodeShareFragment(definition, fragment);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect({ ...decoded.answers }).toEqual({ ...answers });
  });
});
