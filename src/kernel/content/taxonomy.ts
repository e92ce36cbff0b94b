import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import type { TaxonomyCollection } from '../schemas/collections.ts';

/** id -> label in one language, for one taxonomy (top sectors, provinces, ...). */
export async function taxonomyLabels(collection: TaxonomyCollection, lang: Locale): Promise<Map<string, string>> {
  const items = await getCollection(collection);
  return new Map(items.map((item) => [item.data.id, item.data.label[lang]]));
}

/** Labels for a list of ids, in the order given; validation guarantees every id exists. */
export function labelsOf(ids: readonly string[], labels: Map<string, string>): string[] {
  return ids.map((id) => labels.get(id) ?? id);
}
