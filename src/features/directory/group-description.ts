/**
 * The description of a sector or province page, made from what it lists: "12 learning
 * communities in Utrecht: A, B and 10 more." As many names as fit in a search result's
 * snippet (about 160 characters), then how many more, so that no two pages read alike.
 */
export const DESCRIPTION_LENGTH = 160;

export function groupDescription(input: {
  names: readonly string[];
  /** The sentence around the list: t('group.provinces.description', { count, name, names }). */
  sentence: (names: string) => string;
  /** "A, B and C" in the page's language (Intl.ListFormat). */
  list: (items: string[]) => string;
  /** "3 more" in the page's language. */
  more: (count: number) => string;
  maxLength?: number;
}): string {
  const { names, sentence, list, more, maxLength = DESCRIPTION_LENGTH } = input;
  let text = sentence(list([...names]));
  // Fewer names until it fits; the first name always stays.
  for (let shown = names.length - 1; text.length > maxLength && shown >= 1; shown -= 1) {
    text = sentence(list([...names.slice(0, shown), more(names.length - shown)]));
  }
  return text;
}
