import { z } from 'astro/zod';
import { baseEntrySchema, idListSchema, sourcesSchema, summarySchema, titleSchema } from './common.ts';

/** A glossary term: content/glossary/<lang>/slug.mdx; the body explains it further. */
export const glossarySchema = baseEntrySchema.extend({
  term: titleSchema,
  definition: summarySchema,
  seeAlso: idListSchema,
  sources: sourcesSchema,
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
