import { z } from 'astro/zod';
import { baseEntrySchema, httpUrlSchema, idListSchema, idSchema, sourcesSchema, summarySchema, titleSchema } from './common.ts';
import { expects } from './expectation.ts';

export const communityKinds = [
  'learning-community',
  'fieldlab',
  'grozzerdam',
  'living-lab',
  'research-project',
  'centre-of-expertise',
  'practice-workplace',
  'hybrid-learning-environment',
  'knowledge-network',
  'programme',
] as const;

/**
 * What each kind is, for counting: only what the sources call a learning community counts
 * towards the Top Sectors' target of 100; the other forms (fieldlabs, living labs, centres,
 * workplaces, networks) are counted apart, and research projects and programmes study or
 * carry learning communities without being one.
 */
export const kindGroups = {
  learningCommunity: ['learning-community'],
  form: [
    'fieldlab',
    'grozzerdam',
    'living-lab',
    'centre-of-expertise',
    'practice-workplace',
    'hybrid-learning-environment',
    'knowledge-network',
  ],
  study: ['research-project', 'programme'],
} as const satisfies Record<string, readonly (typeof communityKinds)[number][]>;

/** `unknown` is honest: many public sources do not say whether a community still runs. */
export const communityStatuses = ['initiative', 'active', 'completed', 'unknown'] as const;

export const partnerSchema = z.object({
  name: titleSchema,
  type: idSchema,
});

/** A learning community, fieldlab or GROZzerdam: content/communities/<lang>/slug.mdx */
export const communitySchema = baseEntrySchema.extend({
  title: titleSchema,
  summary: summarySchema,
  kind: z.enum(communityKinds),
  topSectors: idListSchema,
  /**
   * Whether a source names the top sector (`stated`) or this knowledge base placed the
   * community in the sector whose domain it works in (`domain`). Pages show the difference,
   * so an inference never reads as a fact.
   */
  topSectorBasis: z.enum(['stated', 'domain']).default('stated'),
  provinces: idListSchema,
  place: z.string().trim().min(1).optional(),
  themes: idListSchema,
  partners: z.array(partnerSchema).default([]),
  status: z.enum(communityStatuses),
  started: z
    .number(expects('expect.year'))
    .int()
    .min(1990, expects('expect.year-min', { min: 1990 }))
    .refine((year) => year <= new Date().getFullYear(), expects('expect.year-past'))
    .optional(),
  website: httpUrlSchema.optional(),
  sources: sourcesSchema,
  guides: idListSchema,
});

export type Community = z.infer<typeof communitySchema>;
