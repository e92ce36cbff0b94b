/** The site's languages. Dutch comes first: it is the default and the source language. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/**
 * What the site needs to know of each language, in one place: its name in its own language
 * (language switch, root page), the BCP 47 tag with region for dates and feeds, the Open
 * Graph locale, and the writing direction.
 */
export const localeInfo = {
  nl: { name: 'Nederlands', tag: 'nl-NL', openGraph: 'nl_NL', dir: 'ltr' },
  en: { name: 'English', tag: 'en-GB', openGraph: 'en_GB', dir: 'ltr' },
} as const satisfies Record<Locale, { name: string; tag: string; openGraph: string; dir: 'ltr' | 'rtl' }>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language: with two languages, every page has exactly one counterpart. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'nl' ? 'en' : 'nl';
}
