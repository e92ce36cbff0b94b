import { z } from 'astro/zod';
import { baseEntrySchema, idListSchema, sourcesSchema, summarySchema, titleSchema } from './common.ts';

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
  audiences: z.array(z.string()).min(1, { message: 'at least one audience id, like [professionals]' }),
  direction: z.enum(guideDirections),
  basedOn: z.array(z.string()).min(1, { message: 'at least one community slug this guide draws on' }),
  themes: idListSchema,
  sources: sourcesSchema,
});

export type Guide = z.infer<typeof guideSchema>;
