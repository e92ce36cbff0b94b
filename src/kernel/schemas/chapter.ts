import { z } from 'astro/zod';
import { baseEntrySchema, idListSchema, summarySchema, titleSchema } from './common.ts';

/** A chapter of the position paper: content/position-paper/<lang>/NN-slug.mdx */
export const chapterSchema = baseEntrySchema.extend({
  title: titleSchema,
  order: z.number({ message: 'a whole number giving the chapter order, like 1' }).int().min(1).max(99),
  summary: summarySchema,
  themes: idListSchema,
});

export type Chapter = z.infer<typeof chapterSchema>;
