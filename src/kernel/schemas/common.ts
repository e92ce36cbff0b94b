import { z } from 'astro/zod';
import { isRealDate } from '../content-safety/dates.ts';
import { limits } from '../content-safety/limits.ts';
import { unsafeUrlReason } from '../content-safety/urls.ts';
import { ENTRY_SLUG_MAX, SLUG_PATTERN } from '../content/slug.ts';
import { expects } from './expectation.ts';

/** Building blocks shared by the collection schemas. Imports nothing of the site. */

export const SUMMARY_MAX = 200;

/** A lower-case id as used in file names and taxonomy: `life-sciences-health`. */
export const idSchema = z.string().regex(SLUG_PATTERN, expects('expect.id'));

export const idListSchema = z.array(idSchema).default([]);

export const summarySchema = z
  .string()
  .trim()
  .min(1, expects('expect.summary'))
  .max(SUMMARY_MAX, expects('expect.summary-max', { max: SUMMARY_MAX }));

export const titleSchema = z
  .string()
  .trim()
  .min(1, expects('expect.title'))
  .max(limits.titleLength, expects('expect.title-max', { max: limits.titleLength }));

/** A text written in both languages in one place: `{ nl: ..., en: ... }`. */
export function bilingualText(max?: number) {
  const text = (language: 'nl' | 'en') => {
    const base = z
      .string(expects(`expect.text-${language}`))
      .trim()
      .min(1, expects(`expect.text-${language}`));
    return max === undefined ? base : base.max(max, expects(`expect.text-${language}-max`, { max }));
  };
  return z.object({ nl: text('nl'), en: text('en') });
}

export const bilingualSchema = bilingualText();

/** A public web address; the same rule as links in the text (src/kernel/content-safety/urls.ts). */
export const httpUrlSchema = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\//i.test(value) && unsafeUrlReason(value) === undefined, expects('expect.http-url'));

export const sourceSchema = z.object({
  // A source's title names a publication, which may be long ("Het bevorderen van leren in ...").
  title: z
    .string()
    .trim()
    .min(1, expects('expect.title'))
    .max(limits.sourceTitleLength, expects('expect.source-title-max', { max: limits.sourceTitleLength })),
  url: httpUrlSchema,
});

/** At least one public source: every claim on this site can be checked by its reader. */
export const sourcesSchema = z.array(sourceSchema).min(1, expects('expect.sources'));

/** A calendar date (YAML `2026-11-22`), never in the future. */
/** A Date, or a date written as text (quoted in YAML) that names a day the calendar has. */
function isCalendarDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ][\d:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(value.trim());
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export const pastDateSchema = z
  .unknown()
  .refine(isCalendarDate, expects('expect.date-real'))
  .pipe(z.coerce.date(expects('expect.date')))
  .refine((date) => date.getTime() <= Date.now(), expects('expect.date-past'));

/** Fields every MDX entry has. */
export const baseEntrySchema = z.object({
  updated: pastDateSchema,
  /**
   * Set on an entry that exists in one language only, on purpose: the other language then
   * shows this text with a "not yet translated" notice. Without it, validation asks for
   * the translation.
   */
  untranslated: z.boolean().optional(),
  /**
   * A translation's own address: the English file of a chapter, profile, guide or term gives
   * the slug of its English title (`slug: setting-up-a-learning-community`), where Dutch files
   * are published under their file name. Written once and kept when the title changes later:
   * an address, once published, stays. Validation asks for it in English files and refuses
   * it in Dutch ones (scripts/validation/check-urls.ts); standalone pages have their own
   * `slug` in both languages (page.ts).
   */
  slug: z
    .string()
    .regex(SLUG_PATTERN, expects('expect.entry-slug'))
    .max(ENTRY_SLUG_MAX, expects('expect.entry-slug-max', { max: ENTRY_SLUG_MAX }))
    .optional(),
});
