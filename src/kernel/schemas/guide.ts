import { z } from 'astro/zod';
import { baseEntrySchema, idListSchema, sourcesSchema, summarySchema, titleSchema } from './common.ts';
import { expects } from './expectation.ts';

export const guideDirections = [
  'fieldlab-to-region',
  'citizens-to-professionals',
  'community-to-education',
  'neighbourhood-to-region',
  'region-to-region',
] as const;

/** A transfer guide: content/guides/<lang>/slug.mdx */
export const guideSchema = baseEntrySchema.extend({
  title: titleSchema,
  summary: summarySchema,
  audiences: z.array(z.string()).min(1, expects('expect.audiences')),
  direction: z.enum(guideDirections),
  basedOn: z.array(z.string()).min(1, expects('expect.based-on')),
  themes: idListSchema,
  sources: sourcesSchema,
});

export type Guide = z.infer<typeof guideSchema>;
