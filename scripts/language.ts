/**
 * The language a command speaks to its reader: its --lang option (nl or en), else the
 * contributor's language from the environment (KENNISBANK_LANG, then the system's locale,
 * else Dutch: src/kernel/i18n/contributor/language.ts).
 */
import { parseArgs } from 'node:util';
import { contributorLanguage } from '../src/kernel/i18n/contributor/language.ts';
import { contributorTexts } from '../src/kernel/i18n/contributor/messages.ts';
import { isLocale, locales, type Locale } from '../src/kernel/i18n/locales.ts';

export function commandLanguage(option: string | undefined): Locale {
  if (option === undefined) return contributorLanguage();
  const lang = option.trim().toLowerCase();
  if (isLocale(lang)) return lang;
  // No language was chosen, so the mistake is told in both.
  for (const language of locales) console.error(contributorTexts(language)('language.invalid', { value: option }));
  process.exit(1);
}

/** The arguments of a command that takes paths and --lang: `npm run validate -- content --lang en`. */
export function pathsAndLanguage(): { paths: string[]; lang: Locale } {
  let parsed;
  try {
    parsed = parseArgs({ options: { lang: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    // An unknown option, or --lang without a value: Node's own message says which.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  return { paths: parsed.positionals, lang: commandLanguage(parsed.values.lang) };
}
