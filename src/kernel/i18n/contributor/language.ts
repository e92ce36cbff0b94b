import { defaultLocale, type Locale } from '../locales.ts';

/**
 * The language a locale setting names: `nl` for nl_NL.UTF-8, nl_BE or nl; `en` for any other
 * language (English is the one we have that a reader of German or French most likely reads);
 * none for a setting that names no language (C, C.UTF-8, POSIX) or for nothing at all.
 */
export function languageOfLocale(setting: string | undefined): Locale | undefined {
  const language = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(setting?.trim() ?? '')?.[1]?.toLowerCase();
  if (language === undefined) return undefined;
  return language === 'nl' ? 'nl' : 'en';
}

/** The settings asked, first one that names a language wins: ours, then the POSIX locale's. */
const SETTINGS = ['KENNISBANK_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language the content checks speak to a contributor in, when no --lang is given:
 * KENNISBANK_LANG, else the system's locale (LC_ALL, LC_MESSAGES, LANG), else Dutch.
 *
 * Dutch by default: it is the site's first language and most contributors write it, and
 * Windows, where many of them work, sets no LANG at all. A maintainer who reads English has
 * an English locale or sets KENNISBANK_LANG=en; on GitHub Actions (LANG=C.UTF-8) the log is
 * Dutch and the annotations on a pull request carry both languages.
 */
export function contributorLanguage(environment: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {}): Locale {
  for (const setting of SETTINGS) {
    const language = languageOfLocale(environment[setting]);
    if (language) return language;
  }
  return defaultLocale;
}
