import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/kernel/i18n/contributor/en.ts';
import { contributorLanguage, languageOfLocale } from '../../src/kernel/i18n/contributor/language.ts';
import { contributorTexts, explain, phrase, reason, say } from '../../src/kernel/i18n/contributor/messages.ts';
import { nl } from '../../src/kernel/i18n/contributor/nl.ts';

/**
 * The catalogue of what the content checks tell contributors (src/kernel/i18n/contributor/):
 * both languages have every message, with the same placeholders, and every text is used.
 */
type Texts = Record<string, string>;
const catalogues = { nl, en } as unknown as Record<'nl' | 'en', { problems: Record<string, Texts>; phrases: Texts }>;

/** Every text as `problems/<code>/<part>` or `phrases/<key>`, per language. */
function flatten(catalogue: (typeof catalogues)['nl']): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [code, parts] of Object.entries(catalogue.problems)) {
    for (const [part, text] of Object.entries(parts)) texts.set(`problems/${code}/${part}`, text);
  }
  for (const [key, text] of Object.entries(catalogue.phrases)) texts.set(`phrases/${key}`, text);
  return texts;
}

const dutch = flatten(catalogues.nl);
const english = flatten(catalogues.en);

/** The placeholder names of a text, without their format: `{{seconds, number(...)}}` -> seconds. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{([^}]*)\}\}/g)].map((match) => (match[1] ?? '').split(',')[0]?.trim() ?? ''))].sort();
}

const PLURAL = /_(?:one|other)$/;

describe('the catalogue of contributor messages', () => {
  it('has many messages and phrases, in both languages', () => {
    expect(Object.keys(nl.problems).length).toBeGreaterThan(90);
    expect(Object.keys(nl.phrases).length).toBeGreaterThan(150);
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('gives every text the same placeholders in Dutch and English', () => {
    const differences = [...dutch].flatMap(([key, text]) => {
      const theirs = placeholders(english.get(key) ?? '');
      return placeholders(text).join() === theirs.join() ? [] : [`${key}: nl {${placeholders(text).join()}} en {${theirs.join()}}`];
    });
    expect(differences).toEqual([]);
  });

  it('has no empty text and no broken placeholder', () => {
    const broken = [...dutch, ...english].filter(
      ([, text]) =>
        text.trim() === '' || text.replace(/\{\{[^{}]+\}\}/g, '').includes('{{') || text.replace(/\{\{[^{}]+\}\}/g, '').includes('}}'),
    );
    expect(broken).toEqual([]);
  });

  it('gives every message what it expected and how to fix it, and a base for each variant', () => {
    const faults: string[] = [];
    for (const [code, parts] of Object.entries(catalogues.nl.problems)) {
      if (!/^[a-z-]+\.[a-z-]+(?::[a-z-]+)?$/.test(code)) faults.push(`${code}: not rule or rule:variant`);
      const names = Object.keys(parts);
      for (const part of ['expected', 'fix']) if (!names.includes(part)) faults.push(`${code}: no ${part}`);
      for (const name of names) {
        const base = name.replace(PLURAL, '').split('_')[0] ?? '';
        if (!['expected', 'found', 'fix'].includes(base)) faults.push(`${code}: unknown text ${name}`);
        // i18next falls back from `fix_suggestion` to `fix`, and picks `found_one` or `found_other` by count.
        if (!names.includes(base) && !names.includes(`${base}_one`)) faults.push(`${code}: ${name} without ${base}`);
        if (PLURAL.test(name) && !names.includes(name.replace(PLURAL, '_one')) !== !names.includes(name.replace(PLURAL, '_other')))
          faults.push(`${code}: ${name} without its other plural form`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('has no text that nothing uses: every code and key appears in src/ or scripts/', () => {
    const sources = ['src', 'scripts']
      .flatMap((folder) =>
        readdirSync(folder, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.ts'))
          .map((name) => join(folder, name)),
      )
      .filter((file) => !file.includes('i18n/contributor/'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Keys made from a collection or a language name: `noun.${collection}`.
    const prefixes = [...sources.matchAll(/`([a-z-]+\.(?:[a-z-]+\.)*(?:[a-z-]+-)?)\$\{/g)].map((match) => match[1] ?? '');
    const keys = [...Object.keys(nl.problems), ...Object.keys(nl.phrases).map((key) => key.replace(PLURAL, ''))];
    const unused = [...new Set(keys)].filter((key) => !sources.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(prefixes.length).toBeGreaterThan(3);
    expect(unused).toEqual([]);
  });
});

describe('a message made in a language', () => {
  it('puts values in as they are, and lists, phrases and numbers in the language', () => {
    const message = reason('file.location:data-file', {
      base: 'content/action-scan',
      name: 'x.txt',
      belongs: ['scan.yaml', phrase('belongs.folder', { name: 'dimensions' })],
    }).message;
    expect(explain(message, 'en').expected).toBe('in content/action-scan/ only scan.yaml and the folder dimensions/');
    expect(explain(message, 'nl').expected).toBe('in content/action-scan/ alleen scan.yaml en de map dimensions/');
    const size = reason('public.too-large', { max: 2, size: 2.46 }).message;
    expect([explain(size, 'nl').found, explain(size, 'en').found]).toEqual(['2,5 MB', '2.5 MB']);
  });

  it('picks the plural form by count and the variant by context', () => {
    expect(explain(reason('text.invisible', { count: 1 }).message, 'nl').found).toBe('1 onzichtbaar teken');
    expect(explain(reason('text.invisible', { count: 3 }).message, 'en').found).toBe('3 invisible characters');
    const hidden = reason('file.hidden', { name: '.git' }, 'folder').message;
    expect(explain(hidden, 'nl').found).toBe('een verborgen map ".git"');
    expect(explain(hidden, 'nl').fix).toBe(nl.problems['file.hidden'].fix);
  });

  it('never reads a value as a template: text found in a file can hold {{ }} or $t()', () => {
    const hostile = '{{max}} $t(label.fix) {{count}}';
    expect(explain(reason('mdx.syntax', { error: hostile }).message, 'nl').found).toBe(hostile);
    expect(say(phrase('build.done', { dist: hostile }), 'en')).toBe(`The site is in ${hostile}.`);
  });

  it('gives a rule to every message: the code up to its variant', () => {
    expect(reason('link.unsafe-url:backslash', { url: 'a\\b' }).rule).toBe('link.unsafe-url');
    expect(reason('heading.empty').rule).toBe('heading.empty');
  });

  it('words a CLI line in each language', () => {
    expect(contributorTexts('nl')('validate.problems', { count: 1, files: 190, seconds: 2.5 })).toBe(
      '1 probleem gevonden in de inhoud (190 bestanden gecontroleerd in 2,50 s):',
    );
    expect(contributorTexts('en')('validate.problems', { count: 2, files: 190, seconds: 2.5 })).toBe(
      'Found 2 problems in the content (190 files checked in 2.50 s):',
    );
  });
});

describe('the language a contributor reads', () => {
  it('reads a locale setting: nl_* is Dutch, another language English, C or POSIX none', () => {
    expect(['nl_NL.UTF-8', 'nl_BE', 'nl', 'NL-nl'].map(languageOfLocale)).toEqual(['nl', 'nl', 'nl', 'nl']);
    expect(['en_GB.UTF-8', 'en', 'de_DE.UTF-8', 'fr'].map(languageOfLocale)).toEqual(['en', 'en', 'en', 'en']);
    expect(['C', 'C.UTF-8', 'POSIX', '', undefined].map(languageOfLocale)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('takes KENNISBANK_LANG first, then LC_ALL, LC_MESSAGES and LANG, else Dutch', () => {
    expect(contributorLanguage({ KENNISBANK_LANG: 'en', LC_ALL: 'nl_NL.UTF-8', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(contributorLanguage({ LC_ALL: 'nl_BE.UTF-8', LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(contributorLanguage({ LC_MESSAGES: 'en_GB', LANG: 'nl_NL' })).toBe('en');
    expect(contributorLanguage({ LC_ALL: 'C.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(contributorLanguage({ LANG: 'C.UTF-8' })).toBe('nl');
    expect(contributorLanguage({})).toBe('nl');
  });
});
