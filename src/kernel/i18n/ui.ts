import i18next, { type TOptions } from 'i18next';
import nl from './nl.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { defaultLocale, type Locale } from './locales.ts';

/** Every key of nl.json, the source: a key missing there does not exist. */
type StringKey = keyof typeof nl;

/** The plural forms i18next picks from by `count` (Intl.PluralRules categories of nl and en). */
type PluralForm = 'one' | 'other';

/**
 * What t() is asked for: every plain key, and for a pair `x_one`/`x_other` the key `x` with a
 * `count`, from which i18next chooses the form.
 */
export type UIKey =
  | Exclude<StringKey, `${string}_${PluralForm}`>
  | (StringKey extends infer K ? (K extends `${infer Base}_${PluralForm}` ? Base : never) : never);

/** en.json must have exactly nl.json's keys; a test checks it too, with a readable message. */
export const uiStrings: Record<Locale, Record<StringKey, string>> = { nl, en };

/**
 * A plural text's forms with `{{count}}` left in, for browser code that counts itself (the
 * directory filters): it picks the form with `Intl.PluralRules`, the rule i18next follows.
 */
export function pluralForms(lang: Locale, key: UIKey): Record<PluralForm, string> {
  const strings = uiStrings[lang] as Record<string, string>;
  const one = strings[`${key}_one`];
  const other = strings[`${key}_other`];
  if (one === undefined || other === undefined)
    throw new Error(`"${key}" has no plural forms ${key}_one and ${key}_other in ${lang}.json.`);
  return { one, other };
}

// One private instance (never the global singleton) so that tests and the build cannot
// leak state into each other. initAsync: false makes `t` usable as soon as this module loads.
const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: defaultLocale,
  fallbackLng: false,
  // Keys are flat and dotted (`nav.search`): dots are part of the key, not a path.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: { nl: { translation: nl }, en: { translation: en } },
});

export type Translate = (key: UIKey, options?: TOptions) => string;

/**
 * Texts without options, per language, looked up once: every page asks for the same few
 * hundred (navigation, footer, search), and i18next's lookup is the larger cost.
 */
const plainTexts: Record<Locale, Map<UIKey, string>> = { nl: new Map(), en: new Map() };

/** The translation function for one language: `t('nav.search')`. */
export function useTranslations(lang: Locale): Translate {
  const fixed = instance.getFixedT(lang);
  const plain = plainTexts[lang];
  return (key, options) => {
    if (options) return fixed(key, options) as string;
    let text = plain.get(key);
    if (text === undefined) {
      text = fixed(key, {}) as string;
      plain.set(key, text);
    }
    return text;
  };
}
