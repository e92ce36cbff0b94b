import { localeInfo, type Locale } from './locales.ts';

/** "22 november 2026" / "22 November 2026", fixed to one time zone so builds are repeatable. */
export function formatDate(date: Date, lang: Locale): string {
  return formatters[lang].format(date);
}

/** Made once: creating a formatter costs far more than using it, and every page shows dates. */
const formatters: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat(localeInfo.nl.tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat(localeInfo.en.tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
};

/** 2026-11-22, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
