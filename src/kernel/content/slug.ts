/**
 * The one slug rule, for file names (entries, action-scan dimensions) and ids: lower-case
 * letters, digits and single hyphens, like `vitaal-in-brainport`. Imports nothing, so the
 * validator and `npm run new` use it as the site does.
 *
 * Heading anchors follow GitHub's rules instead (src/kernel/markdown/heading-ids.ts).
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/** Latin letters that Unicode does not split into a base letter and a mark. */
const unsplitLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Text as a slug: `Patiënten Lab` -> `patienten-lab`. Letters lose their diacritics; every
 * run of anything else that is not a letter or digit becomes one hyphen, none at either end.
 * An already valid slug comes back unchanged; text without letters or digits gives ''.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => unsplitLetters[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The longest slug an entry's own address may have (its `slug` field): long enough for a title, short enough to read. */
export const ENTRY_SLUG_MAX = 60;

/**
 * A title as the slug of an address: `Testing ground (proeftuin)` -> `testing-ground`. Parts
 * in brackets (an abbreviation, the Dutch word) are left out, and a long title is cut after
 * its last whole word within `ENTRY_SLUG_MAX` characters.
 */
export function slugFromTitle(title: string): string {
  const slug = slugify(title.replace(/\([^)]*\)/g, ' ')) || slugify(title);
  if (slug.length <= ENTRY_SLUG_MAX) return slug;
  const cut = slug.slice(0, ENTRY_SLUG_MAX + 1);
  const lastWord = cut.lastIndexOf('-');
  return lastWord > 0 ? cut.slice(0, lastWord) : slug.slice(0, ENTRY_SLUG_MAX).replace(/-$/, '');
}

/**
 * The slug to write into a translation's `slug` field, once: its title's slug, or, where the
 * title is the original's (a proper name such as "Vitaal in Brainport"), the slug of the file
 * name, which was chosen for that name (`hydrogen-lab-zeeland` for "Hydrogen Lab").
 */
export function translationSlug(title: string, originalTitle: string | undefined, fileUrlSlug: string): string {
  return title.trim() === originalTitle?.trim() ? fileUrlSlug : slugFromTitle(title);
}
