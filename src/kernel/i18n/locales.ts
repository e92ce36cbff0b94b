/** The site's languages. Dutch comes first: it is the default and the source language. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/** Each language's name in its own language, for the language switch. */
export const localeNames: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language: with two languages, every page has exactly one counterpart. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'nl' ? 'en' : 'nl';
}
