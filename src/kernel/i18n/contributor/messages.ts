import i18next from 'i18next';
import { localeInfo, type Locale } from '../locales.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

/**
 * The messages the content checks give contributors (the validator, the build's content
 * guard, npm run spelling and npm run new), in Dutch and English. A check never writes a
 * sentence: it names a message code of the catalogue (nl.ts, en.ts) with the values to put in
 * it (`reason('mdx.too-deep', { max: 24, depth: 30 })`), and the text is made in a language
 * only when the message is shown, so one problem can be printed in both.
 */

type Source = typeof nl;
type Problems = Source['problems'];
type Phrases = Source['phrases'];

type PluralForm = 'one' | 'other';
/** A key without its plural form: `validate.problems_one` -> `validate.problems`. */
type WithoutPlural<Key> = Key extends `${infer Base}_${PluralForm}` ? Base : Key;

/** The names of a text's {{placeholders}}, without a format: `{{seconds, number}}` -> seconds. */
type Placeholders<Text> = Text extends `${string}{{${infer Inner}}}${infer Rest}`
  ? (Inner extends `${infer Name},${string}` ? Name : Inner) | Placeholders<Rest>
  : never;

/** A problem's message: `mdx.too-deep`, or a variant of a rule's message, `link.unsafe-url:backslash`. */
export type MessageCode = keyof Problems;
/** A text on its own: a CLI line, or words a message puts in a placeholder. */
export type PhraseKey = WithoutPlural<keyof Phrases>;

/** A phrase with its values, put into a message as a value and made in the message's language. */
export interface Phrase {
  readonly phrase: PhraseKey;
  readonly values: Values;
}
/** What a placeholder is given: text as it is (a file name, a value found), a number, a phrase, or a list. */
export type Value = string | number | Phrase | readonly Value[];
type Values = Readonly<Record<string, Value>>;

type ValuesFor<Names extends string> = { readonly [Name in Names]: Name extends 'count' ? number : Value };

type PhraseTexts<Key extends PhraseKey> = Phrases[Extract<keyof Phrases, Key | `${Key}_${PluralForm}`>];
export type PhraseValues<Key extends PhraseKey> = ValuesFor<Placeholders<PhraseTexts<Key>>>;

/** A text of a message, e.g. `fix`, or a variant the check asks for by context, e.g. `fix_suggestion`. */
type IsVariant<Part> = WithoutPlural<Part> extends `${string}_${string}` ? true : false;
type BaseTexts<Entry> = { [Part in keyof Entry]: IsVariant<Part> extends true ? never : Entry[Part] }[keyof Entry];
type VariantTexts<Entry> = { [Part in keyof Entry]: IsVariant<Part> extends true ? Entry[Part] : never }[keyof Entry];
export type MessageContext<Code extends MessageCode> = {
  [Part in keyof Problems[Code]]: WithoutPlural<Part> extends `${string}_${infer Context}` ? Context : never;
}[keyof Problems[Code]];
type RequiredNames<Code extends MessageCode> = Placeholders<BaseTexts<Problems[Code]>>;
/**
 * The values of a message: those its texts need, and those only a variant needs (optional:
 * `fix_suggestion` needs a suggestion, `fix` does not).
 */
export type MessageValues<Code extends MessageCode> = ValuesFor<RequiredNames<Code>> &
  Partial<ValuesFor<Exclude<Placeholders<VariantTexts<Problems[Code]>>, RequiredNames<Code>>>>;

/** The rule a message belongs to: `link.unsafe-url:backslash` -> `link.unsafe-url`. */
export type RuleOf<Code extends string> = Code extends `${infer Rule}:${string}` ? Rule : Code;

export interface Message {
  readonly code: MessageCode;
  readonly values: Values;
  /** Which variant of the texts, when the message has them: `suggestion` picks `fix_suggestion`. */
  readonly context?: string;
}

/** A problem's message in one language: what was expected, what was found, how to fix it. */
export interface Explanation {
  expected: string;
  found?: string;
  fix: string;
}

/**
 * The rule and the message of a problem, to spread into it:
 * `{ file, line, ...reason('heading.skipped', { next: '###', level: '####', previous: '##' }) }`.
 */
export function reason<Code extends MessageCode>(
  code: Code,
  ...[values, context]: keyof MessageValues<Code> extends never
    ? [values?: Record<string, never>, context?: MessageContext<Code> | undefined]
    : [values: MessageValues<Code>, context?: MessageContext<Code> | undefined]
): { rule: RuleOf<Code>; message: Message } {
  const rule = code.split(':')[0] as RuleOf<Code>;
  return { rule, message: { code, values: values ?? {}, ...(context ? { context } : {}) } };
}

export function phrase<Key extends PhraseKey>(
  key: Key,
  ...[values]: keyof PhraseValues<Key> extends never ? [] : [values: PhraseValues<Key>]
): Phrase {
  return { phrase: key, values: values ?? {} };
}

// One private instance, apart from the site's UI texts (src/kernel/i18n/ui.ts).
// initAsync: false makes it usable as soon as this module loads.
const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: 'nl',
  fallbackLng: false,
  ns: ['problems', 'phrases'],
  defaultNS: 'phrases',
  // Codes and keys have dots (`mdx.too-deep`): the only path is a message's text, `mdx.too-deep/fix`.
  keySeparator: '/',
  nsSeparator: false,
  // Values are never read as templates or nesting: a value found in a file can hold "{{" or "$t(".
  interpolation: { escapeValue: false, skipOnVariables: true },
  resources: {
    nl: { problems: nl.problems, phrases: nl.phrases },
    en: { problems: en.problems, phrases: en.phrases },
  },
});

const lists = Object.fromEntries(
  Object.entries(localeInfo).map(([lang, info]) => [lang, new Intl.ListFormat(info.tag, { type: 'conjunction' })]),
) as Record<Locale, Intl.ListFormat>;

function isPhrase(value: Value): value is Phrase {
  return typeof value === 'object' && 'phrase' in value;
}

function resolve(value: Value, lang: Locale): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isPhrase(value)) return say(value, lang);
  return lists[lang].format(value.map((item) => String(resolve(item, lang))));
}

/**
 * i18next's options for one text. The values go in `replace`, so that a placeholder can never
 * be taken for an option (`count` is given twice on purpose: it also picks the plural form).
 */
function options(values: Values, lang: Locale, namespace: 'problems' | 'phrases', context?: string) {
  const replace = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, resolve(value, lang)]));
  const count = replace['count'];
  return { lng: lang, ns: namespace, replace, ...(typeof count === 'number' ? { count } : {}), ...(context ? { context } : {}) };
}

/** A phrase in a language: `say(phrase('validate.problems', { count: 2, files: 40, seconds: 0.3 }), 'nl')`. */
export function say(text: Phrase, lang: Locale): string {
  return instance.t(text.phrase, options(text.values, lang, 'phrases'));
}

/** The translation function for one language, for a CLI's own lines: `t('new.ask-title')`. */
export function contributorTexts(
  lang: Locale,
): <Key extends PhraseKey>(key: Key, ...values: keyof PhraseValues<Key> extends never ? [] : [PhraseValues<Key>]) => string {
  return (key, ...values) => say({ phrase: key, values: values[0] ?? {} }, lang);
}

function hasPart(code: MessageCode, part: 'found'): boolean {
  return Object.keys(nl.problems[code]).some((key) => key === part || key.startsWith(`${part}_`));
}

/** A problem's message in a language. */
export function explain(message: Message, lang: Locale): Explanation {
  const settings = options(message.values, lang, 'problems', message.context);
  const text = (part: 'expected' | 'found' | 'fix') => instance.t(`${message.code}/${part}`, settings);
  return {
    expected: text('expected'),
    ...(hasPart(message.code, 'found') ? { found: text('found') } : {}),
    fix: text('fix'),
  };
}
