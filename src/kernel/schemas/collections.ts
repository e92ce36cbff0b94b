import type { z } from 'astro/zod';
import { actionScanDimensionSchema, actionScanSchema } from './action-scan.ts';
import { chapterSchema } from './chapter.ts';
import { communitySchema } from './community.ts';
import { glossarySchema } from './glossary.ts';
import { guideSchema } from './guide.ts';
import { pageSchema } from './page.ts';
import { searchSynonymsSchema } from './search-synonyms.ts';
import { taxonomyItemSchema } from './taxonomy.ts';

/**
 * The one description of every collection, read by the Astro content layer
 * (src/content.config.ts) and by the validator (scripts/validate-content.ts) alike.
 *
 * `references` maps a field to the collection its values must exist in. A `*` stands for
 * every item of a list of objects: `partners.*.type`.
 */

export const taxonomyCollections = {
  topSectors: { file: 'top-sectors.yaml' },
  provinces: { file: 'provinces.yaml' },
  themes: { file: 'themes.yaml' },
  partnerTypes: { file: 'partner-types.yaml' },
  audiences: { file: 'audiences.yaml' },
} as const;

export type TaxonomyCollection = keyof typeof taxonomyCollections;

/**
 * The entry collections' names, spelled out before `entryCollections` itself: its `references`
 * name entry collections, so deriving this union from it (`keyof typeof entryCollections`) would
 * be circular and TypeScript would type every entry's data as `any`. The `satisfies` below keeps
 * the two in step: a missing or extra collection is a type error.
 */
export type EntryCollection = 'positionPaper' | 'communities' | 'guides' | 'glossary' | 'pages';

export interface EntryCollectionDefinition {
  /** Folder under content/, holding one folder per language. */
  directory: string;
  schema: z.ZodType;
  /** Which frontmatter fields name entries of other collections. */
  references: Record<string, TaxonomyCollection | EntryCollection>;
}

export const entryCollections = {
  positionPaper: {
    directory: 'position-paper',
    schema: chapterSchema,
    references: { themes: 'themes' },
  },
  communities: {
    directory: 'communities',
    schema: communitySchema,
    references: {
      topSectors: 'topSectors',
      provinces: 'provinces',
      themes: 'themes',
      'partners.*.type': 'partnerTypes',
      guides: 'guides',
    },
  },
  guides: {
    directory: 'guides',
    schema: guideSchema,
    references: { audiences: 'audiences', basedOn: 'communities', themes: 'themes' },
  },
  glossary: {
    directory: 'glossary',
    schema: glossarySchema,
    references: { seeAlso: 'glossary' },
  },
  pages: {
    directory: 'pages',
    schema: pageSchema,
    references: {},
  },
} as const satisfies Record<EntryCollection, EntryCollectionDefinition>;

export interface DataCollectionDefinition {
  /** Folder under content/ holding the YAML files; each file is one entry, its name the id. */
  directory: string;
  /** Which files in that folder: one named file, or `*.yaml` for every YAML file. */
  pattern: string;
  schema: z.ZodType;
  /** Which fields name entries of other collections (`*` also stands for every key of a group). */
  references: Record<string, TaxonomyCollection | EntryCollection>;
}

/** Collections of YAML files that hold both languages side by side in one file. */
export const dataCollections = {
  actionScan: {
    directory: 'action-scan',
    pattern: 'scan.yaml',
    schema: actionScanSchema,
    references: {},
  },
  actionScanDimensions: {
    directory: 'action-scan/dimensions',
    pattern: '*.yaml',
    schema: actionScanDimensionSchema,
    references: {
      'advice.*.read.*.chapter': 'positionPaper',
      'advice.*.read.*.guide': 'guides',
      'advice.*.read.*.glossary': 'glossary',
    },
  },
  searchSynonyms: {
    directory: 'search',
    pattern: 'synonyms.yaml',
    schema: searchSynonymsSchema,
    references: {},
  },
} as const satisfies Record<string, DataCollectionDefinition>;

export type DataCollection = keyof typeof dataCollections;

/** Whether a file name is one a data collection's pattern takes. */
export function matchesDataPattern(name: string, pattern: string): boolean {
  return pattern === '*.yaml' ? name.endsWith('.yaml') : name === pattern;
}

export const taxonomyItem = taxonomyItemSchema;

/** Where authors' files live, relative to the project root. */
export const CONTENT_ROOT = 'content';
export const TAXONOMY_DIRECTORY = 'taxonomy';

/**
 * Files under content/ that no collection loads but a check reads: the spelling check's
 * reviewed word list and preferred forms (scripts/spelling). Listed here so that
 * validation knows them; any other file there is reported.
 */
export const checkFiles = {
  spelling: { directory: 'spelling', files: ['words.txt', 'preferred-forms.txt'] },
} as const;
