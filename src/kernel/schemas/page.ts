import { z } from 'astro/zod';
import { baseEntrySchema, idSchema, summarySchema, titleSchema } from './common.ts';

/** A standalone page (about, accessibility, privacy, ...): content/pages/<lang>/id.mdx */
export const pageSchema = baseEntrySchema.extend({
  title: titleSchema,
  summary: summarySchema,
  /** The page's URL segment in its own language: `over` in Dutch, `about` in English. */
  slug: idSchema,
});

export type Page = z.infer<typeof pageSchema>;
