import type { FilterKey } from './community-filter.ts';

/** What relatedness is judged on: a community's file name and its filter values. */
interface Comparable {
  fileSlug: string;
  values: Record<FilterKey, string[]>;
}

const KEYS = ['theme', 'sector', 'province'] as const;

/**
 * A finder of related communities over one list (in title order): those that share the most
 * themes, top sectors or provinces with a community; among equals, the first by title. It
 * indexes the list once, by value, so each profile only visits the communities that share
 * something with it: the directory of a large site stays fast to build.
 */
export function relatedFinder<T extends Comparable>(all: readonly T[], limit = 4): (item: T) => T[] {
  const byValue = new Map<string, number[]>();
  all.forEach((other, position) => {
    for (const key of KEYS) {
      for (const value of new Set(other.values[key])) {
        const name = `${key}:${value}`;
        const positions = byValue.get(name);
        if (positions) positions.push(position);
        else byValue.set(name, [position]);
      }
    }
  });
  const scores = new Int32Array(all.length);
  return (item) => {
    scores.fill(0);
    for (const key of KEYS) {
      for (const value of new Set(item.values[key])) {
        for (const position of byValue.get(`${key}:${value}`) ?? []) scores[position] = (scores[position] ?? 0) + 1;
      }
    }
    const best: { position: number; score: number }[] = [];
    scores.forEach((score, position) => {
      if (score === 0 || all[position]?.fileSlug === item.fileSlug) return;
      if (best.length === limit && score <= (best.at(-1)?.score ?? 0)) return;
      const at = best.findIndex((kept) => kept.score < score);
      best.splice(at === -1 ? best.length : at, 0, { position, score });
      if (best.length > limit) best.pop();
    });
    return best.map(({ position }) => all[position] as T);
  };
}
