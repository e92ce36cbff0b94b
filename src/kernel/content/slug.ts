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
