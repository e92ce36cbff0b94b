import { describe, expect, it } from 'vitest';
import {
  emptyState,
  filterKeys,
  isEmpty,
  matches,
  offeredOptions,
  optionCounts,
  parseFilterState,
  serializeFilterState,
  usedValues,
  type FilterableItem,
} from '../../src/features/directory/community-filter.ts';

function item(values: Partial<FilterableItem['values']>): FilterableItem {
  return { values: { kind: [], sector: [], province: [], theme: [], partner: [], status: [], ...values } };
}

const items = [
  item({ sector: ['life-sciences-health'], province: ['overijssel'], theme: ['gezondheid-en-zorg'] }),
  item({ sector: ['life-sciences-health'], province: ['utrecht'], theme: ['gezondheid-en-zorg', 'burgerparticipatie'] }),
  item({ province: ['groningen'], theme: ['energietransitie'] }),
  item({ province: ['overijssel'] }),
];

describe('community filters', () => {
  it('reads and writes the state in the URL, in a stable order', () => {
    const state = parseFilterState('?province=utrecht&sector=ict&province=limburg&province=utrecht&bogus=1');
    expect(state.province).toEqual(['limburg', 'utrecht']);
    expect(state.sector).toEqual(['ict']);
    expect(serializeFilterState(state)).toBe('?sector=ict&province=limburg&province=utrecht');
    expect(serializeFilterState(emptyState())).toBe('');
    expect(isEmpty(parseFilterState(''))).toBe(true);
  });

  it('ignores values that are not ids', () => {
    expect(parseFilterState('?province=%3Cscript%3E').province).toEqual([]);
  });

  it('matches any value within one filter (OR)', () => {
    const state = { ...emptyState(), province: ['utrecht', 'groningen'] };
    expect(items.filter((candidate) => matches(candidate, state))).toEqual([items[1], items[2]]);
  });

  it('matches all filters together (AND)', () => {
    const state = { ...emptyState(), province: ['overijssel'], theme: ['gezondheid-en-zorg'] };
    expect(items.filter((candidate) => matches(candidate, state))).toEqual([items[0]]);
  });

  it('counts each option within the other filters', () => {
    const state = { ...emptyState(), theme: ['gezondheid-en-zorg'] };
    expect(Object.fromEntries(optionCounts(items, state, 'province'))).toEqual({ overijssel: 1, utrecht: 1 });
    // A filter's own choices do not narrow its own counts, so other options stay addable.
    expect(Object.fromEntries(optionCounts(items, state, 'theme'))).toEqual({
      'gezondheid-en-zorg': 2,
      burgerparticipatie: 1,
      energietransitie: 1,
    });
  });

  it('offers no filter value that no community has, in the taxonomy order', () => {
    const provinces = ['groningen', 'fryslan', 'overijssel', 'utrecht', 'limburg'].map((value) => ({ value, label: value.toUpperCase() }));
    expect(offeredOptions(provinces, items, 'province').map((option) => option.value)).toEqual(['groningen', 'overijssel', 'utrecht']);
    expect(offeredOptions([{ value: 'ict', label: 'ICT' }], items, 'sector')).toEqual([]);
    // Whatever is offered finds at least one community, in every filter.
    for (const key of filterKeys) {
      const all = [...usedValues(items, key), 'nobody-has-this'].map((value) => ({ value }));
      for (const option of offeredOptions(all, items, key)) {
        expect(optionCounts(items, emptyState(), key).get(option.value) ?? 0, `${key}=${option.value}`).toBeGreaterThan(0);
      }
    }
  });
});
