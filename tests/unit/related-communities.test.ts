import { describe, expect, it } from 'vitest';
import type { FilterKey } from '../../src/features/directory/community-filter.ts';
import { relatedFinder } from '../../src/features/directory/related-communities.ts';

function community(fileSlug: string, values: Partial<Record<FilterKey, string[]>>) {
  return { fileSlug, values: { kind: [], sector: [], province: [], theme: [], partner: [], status: [], ...values } };
}

// In title order, as the directory lists them.
const all = [
  community('a', { theme: ['zorg'], province: ['utrecht'] }),
  community('b', { theme: ['zorg'] }),
  community('c', { theme: ['zorg', 'energie'], sector: ['ict'], province: ['utrecht'] }),
  community('d', { theme: ['energie'], partner: ['burgers'], kind: ['fieldlab'] }),
  community('e', { theme: ['zorg'], province: ['utrecht'] }),
  community('f', { province: ['utrecht'] }),
];
const slugs = (items: readonly { fileSlug: string }[]) => items.map((item) => item.fileSlug);

describe('related communities', () => {
  it('puts those sharing the most themes, top sectors and provinces first, then keeps title order', () => {
    const self = community('self', { theme: ['zorg', 'energie'], province: ['utrecht'] });
    // c shares 3; a and e share 2; b, d and f share 1 each, in title order.
    expect(slugs(relatedFinder(all)(self))).toEqual(['c', 'a', 'e', 'b']);
    expect(slugs(relatedFinder(all, 6)(self))).toEqual(['c', 'a', 'e', 'b', 'd', 'f']);
  });

  it('never lists the community itself, nor one that shares nothing but kind or partners', () => {
    const self = all[3]!;
    expect(slugs(relatedFinder(all)(self))).toEqual(['c']);
    expect(relatedFinder(all)(community('alone', { kind: ['fieldlab'], partner: ['burgers'] }))).toEqual([]);
  });
});
