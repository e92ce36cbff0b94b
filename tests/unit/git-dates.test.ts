import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lastCommitDate, lastUpdated } from '../../src/kernel/build/git-dates.ts';

describe('last updated from git', () => {
  it('reads the last commit that touched a file', () => {
    const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/position-paper/nl/01-inleiding.mdx'], {
      encoding: 'utf8',
    }).trim();
    expect(lastCommitDate('content/position-paper/nl/01-inleiding.mdx')?.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('falls back to the author date where git knows nothing of the file', () => {
    const updated = new Date('2026-01-01');
    expect(lastCommitDate('content/no-such-file.mdx')).toBeUndefined();
    expect(lastUpdated(updated, 'content/no-such-file.mdx')).toBe(updated);
    expect(lastUpdated(updated, undefined)).toBe(updated);
  });

  it('takes the later of the two dates', () => {
    const old = new Date('2000-01-01');
    expect(lastUpdated(old, 'content/position-paper/nl/01-inleiding.mdx').getTime()).toBeGreaterThan(old.getTime());
  });
});
