import { getCollection } from 'astro:content';
import type { Locale } from '../../kernel/i18n/locales.ts';
import { kindGroups } from '../../kernel/schemas/community.ts';
import type { DirectoryItem } from './communities.ts';
import type { FilterKey } from './community-filter.ts';

/** What the figures page and the home page count, from the profiles in one language. */
export interface FieldFigures {
  /** Profiles whose sources call them a learning community: what counts towards the 100. */
  learningCommunities: number;
  /** Other forms (fieldlabs, living labs, centres, workplaces, networks). */
  forms: number;
  /** Research projects and programmes. */
  studies: number;
  /** One tile per province, with the number of profiles there. */
  provinceTiles: { id: string; label: string; value: number; column: number; row: number }[];
  /** Profiles whose sources name no province. */
  withoutProvince: number;
  /** Top sectors with at least one profile, and how many there are. */
  sectorsNamed: number;
  sectorCount: number;
}

/** The target the Top Sectors set: 100 learning communities (see the figures page's text). */
export const TARGET = 100;

export function countWith(items: readonly DirectoryItem[], key: FilterKey, value: string): number {
  return items.filter((item) => item.values[key].includes(value)).length;
}

export function countWithout(items: readonly DirectoryItem[], key: FilterKey): number {
  return items.filter((item) => item.values[key].length === 0).length;
}

export async function fieldFigures(items: readonly DirectoryItem[], lang: Locale): Promise<FieldFigures> {
  const countOf = (kinds: readonly string[]) => items.filter((item) => kinds.includes(item.entry.data.kind)).length;
  const [provinces, sectors] = await Promise.all([getCollection('provinces'), getCollection('topSectors')]);
  return {
    learningCommunities: countOf(kindGroups.learningCommunity),
    forms: countOf(kindGroups.form),
    studies: countOf(kindGroups.study),
    provinceTiles: provinces.map((province) => ({
      id: province.data.id,
      label: province.data.label[lang],
      value: countWith(items, 'province', province.data.id),
      column: province.data.tile?.column ?? 1,
      row: province.data.tile?.row ?? 1,
    })),
    withoutProvince: countWithout(items, 'province'),
    sectorsNamed: sectors.filter((sector) => countWith(items, 'sector', sector.data.id) > 0).length,
    sectorCount: sectors.length,
  };
}
