import { z } from 'astro/zod';
import { baseEntrySchema, idListSchema, summarySchema, titleSchema } from './common.ts';
import { expects } from './expectation.ts';

/** A chapter of the position paper: content/position-paper/<lang>/NN-slug.mdx */
export const chapterSchema = baseEntrySchema.extend({
  title: titleSchema,
  order: z.number(expects('expect.chapter-order')).int().min(1).max(99),
  summary: summarySchema,
  themes: idListSchema,
});

export type Chapter = z.infer<typeof chapterSchema>;
