import { z } from 'astro/zod';
import { bilingualSchema as bilingual, idSchema } from './common.ts';

/** One item of a taxonomy list (content/taxonomy/*.yaml): a top sector, a province, ... */
export const taxonomyItemSchema = z.object({
  id: idSchema,
  label: bilingual,
  description: bilingual.optional(),
  /** Provinces only: the place of the province's tile on the figures page's tile map. */
  tile: z.object({ column: z.number().int().min(1), row: z.number().int().min(1) }).optional(),
});

export type TaxonomyItem = z.infer<typeof taxonomyItemSchema>;
