import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/kernel/i18n/en.json' with { type: 'json' };
import nl from '../../src/kernel/i18n/nl.json' with { type: 'json' };
import { otherLocale, isLocale } from '../../src/kernel/i18n/locales.ts';
import { sections } from '../../src/kernel/i18n/sections.ts';
import { pluralForms, useTranslations } from '../../src/kernel/i18n/ui.ts';

describe('UI strings', () => {
  it('has every Dutch key in English and every English key in Dutch', () => {
    const missingInEnglish = Object.keys(nl).filter((key) => !(key in en));
    const missingInDutch = Object.keys(en).filter((key) => !(key in nl));
    expect(missingInEnglish, 'keys in nl.json that en.json lacks').toEqual([]);
    expect(missingInDutch, 'keys in en.json that nl.json lacks').toEqual([]);
  });

  it('has no empty string in either language', () => {
    for (const strings of [nl, en]) {
      expect(Object.entries(strings).filter(([, value]) => value.trim() === '')).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('translates and interpolates per language', () => {
    expect(useTranslations('nl')('nav.search')).toBe('Zoeken');
    expect(useTranslations('en')('nav.search')).toBe('Search');
    expect(useTranslations('nl')('entry.chapter', { order: 3 })).toBe('Hoofdstuk 3');
    expect(useTranslations('en')('footnotes.backLabel', { number: 2 })).toBe('Back to reference 2');
  });

  it('chooses plural forms by count, as the browser does with Intl.PluralRules', () => {
    expect(useTranslations('nl')('directory.results', { count: 1 })).toBe('1 leergemeenschap');
    expect(useTranslations('nl')('directory.results', { count: 0 })).toBe('0 leergemeenschappen');
    expect(useTranslations('en')('directory.results', { count: 1 })).toBe('1 learning community');
    expect(useTranslations('en')('directory.results', { count: 12 })).toBe('12 learning communities');
    expect(pluralForms('nl', 'directory.results')).toEqual({ one: '{{count}} leergemeenschap', other: '{{count}} leergemeenschappen' });
    expect(() => pluralForms('en', 'nav.search')).toThrow(/nav.search_one/);
  });
});

describe('locales and section names', () => {
  it('pairs the two languages', () => {
    expect(otherLocale('nl')).toBe('en');
    expect(otherLocale('en')).toBe('nl');
    expect(isLocale('nl')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });

  it('gives every section a URL-safe segment in both languages, unique per language', () => {
    for (const lang of ['nl', 'en'] as const) {
      const segments = Object.values(sections).map((names) => names[lang]);
      expect(new Set(segments).size).toBe(segments.length);
      for (const segment of segments) expect(segment).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

/** Text that a reader sees, left in a component instead of going through t(). */
function literalText(source: string): string[] {
  const template = source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  // Remove {expressions}, nested ones included.
  let withoutExpressions = '';
  let depth = 0;
  for (const character of template) {
    if (character === '{') depth += 1;
    else if (character === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) withoutExpressions += character;
  }
  const found: string[] = [];
  for (const match of withoutExpressions.matchAll(/\b(?:aria-label|title|alt|placeholder)="([^"]*[A-Za-z][^"]*)"/g)) {
    found.push(match[1] ?? '');
  }
  const text = withoutExpressions.replace(/<[^>]*>/g, '\n');
  for (const line of text.split('\n')) {
    if (/[A-Za-z]{2,}/.test(line)) found.push(line.trim());
  }
  return found;
}

describe('components', () => {
  it('write no UI text as a literal: all of it goes through t()', () => {
    const components = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
    expect(components.length).toBeGreaterThan(40);
    const offenders: string[] = [];
    for (const name of components) {
      const file = join('src', name);
      for (const text of literalText(readFileSync(file, 'utf8'))) offenders.push(`${file}: "${text}"`);
    }
    expect(offenders).toEqual([]);
  });

  it('the literal-text check itself catches a literal', () => {
    expect(literalText('---\nconst a = 1;\n---\n<p>Lees meer</p><a aria-label="Sluiten">{t("x")}</a>')).toEqual(['Sluiten', 'Lees meer']);
  });
});
