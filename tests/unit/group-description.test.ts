import { describe, expect, it } from 'vitest';
import { groupDescription } from '../../src/features/directory/group-description.ts';

const list = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
const describeNames = (names: string[], maxLength?: number) =>
  groupDescription({
    names,
    sentence: (text) => `${names.length} in Utrecht: ${text}.`,
    list,
    more: (count) => `${count} more`,
    ...(maxLength ? { maxLength } : {}),
  });

describe('the description of a sector or province page', () => {
  it('names every community when they fit', () => {
    expect(describeNames(['Alpha', 'Beta', 'Gamma'])).toBe('3 in Utrecht: Alpha, Beta and Gamma.');
  });

  it('names as many as fit, then says how many more', () => {
    const names = Array.from({ length: 12 }, (_, index) => `Community number ${index + 1}`);
    const text = describeNames(names);
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toMatch(/^12 in Utrecht: Community number 1, .* and \d+ more\.$/);
    const shown = (text.match(/Community number/g) ?? []).length;
    expect(text).toContain(`and ${12 - shown} more`);
  });

  it('keeps the first name even when one name is longer than the limit', () => {
    expect(describeNames(['A very long name indeed', 'Beta'], 20)).toBe('2 in Utrecht: A very long name indeed and 1 more.');
  });
});
