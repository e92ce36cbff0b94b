/** A file name as a slug, for "rename it to" hints: `Patiënten Lab` -> `patienten-lab`. */
export function suggestSlug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
