/**
 * Filtering the community directory: within one filter any of the chosen values may match
 * (OR); all filters together must match (AND). Used by the directory's script in the
 * browser and by the build for the initial counts, so both agree.
 */
export const filterKeys = ['kind', 'sector', 'province', 'theme', 'partner', 'status'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type FilterState = Record<FilterKey, string[]>;

export interface FilterableItem {
  values: Record<FilterKey, readonly string[]>;
}

export function emptyState(): FilterState {
  return { kind: [], sector: [], province: [], theme: [], partner: [], status: [] };
}

/** The state from a query string like `?sector=ict&province=utrecht&province=limburg`. */
export function parseFilterState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const key of filterKeys) {
    state[key] = [...new Set(params.getAll(key).filter((value) => /^[a-z0-9-]+$/.test(value)))].sort();
  }
  return state;
}

/** The query string for a state, in a stable order ('' when nothing is chosen). */
export function serializeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) for (const value of [...state[key]].sort()) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmpty(state: FilterState): boolean {
  return filterKeys.every((key) => state[key].length === 0);
}

/** Whether an item passes every filter, optionally leaving one filter out. */
export function matches(item: FilterableItem, state: FilterState, except?: FilterKey): boolean {
  return filterKeys.every(
    (key) => key === except || state[key].length === 0 || state[key].some((value) => item.values[key].includes(value)),
  );
}

/**
 * How many items each option of one filter would show: the items that pass all the other
 * filters and have that value. This is the count shown beside each option.
 */
export function optionCounts(items: readonly FilterableItem[], state: FilterState, key: FilterKey): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matches(item, state, key)) continue;
    for (const value of new Set(item.values[key])) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The values of one filter that at least one item has. */
export function usedValues(items: readonly FilterableItem[], key: FilterKey): Set<string> {
  return new Set(items.flatMap((item) => item.values[key]));
}

/**
 * Of all the options a filter could have (a taxonomy, the kinds), those with at least one
 * item behind them, in the given order: a reader is never offered a value that finds nothing.
 */
export function offeredOptions<T extends { value: string }>(all: readonly T[], items: readonly FilterableItem[], key: FilterKey): T[] {
  const used = usedValues(items, key);
  return all.filter((option) => used.has(option.value));
}
