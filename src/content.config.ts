import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  CONTENT_ROOT,
  TAXONOMY_DIRECTORY,
  dataCollections,
  entryCollections,
  taxonomyCollections,
  taxonomyItem,
} from './kernel/schemas/collections.ts';

// Where the content tree is: ./content, or another copy (tests build a fixture copy this way).
const contentBase = process.env['KENNISBANK_CONTENT_DIR'] ?? `./${CONTENT_ROOT}`;

// Collections come from the one registry in src/kernel/schemas, so the site and the validator can
// never disagree about a field. Each helper is generic over the schema it is handed, so every
// collection's entries are typed from its zod schema: `getCollection('communities')` yields
// community data, not `unknown`.

// Entry ids are `<lang>/<slug>`, e.g. `nl/vitaal-in-brainport`.
function entries<Schema extends z.ZodType>({ directory, schema }: { directory: string; schema: Schema }) {
  return defineCollection({
    loader: glob({
      base: `${contentBase}/${directory}`,
      pattern: '{nl,en}/*.mdx',
      // Always the file path: Astro would otherwise take a `slug` field as the id, and a
      // page's slug is its localized URL segment, not its pairing key.
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema,
  });
}

function taxonomy({ file: fileName }: { file: string }) {
  return defineCollection({
    loader: file(`${contentBase}/${TAXONOMY_DIRECTORY}/${fileName}`),
    schema: taxonomyItem,
  });
}

// YAML files that hold both languages, one entry per file: the file name (without .yaml) is the id.
function data<Schema extends z.ZodType>({ directory, pattern, schema }: { directory: string; pattern: string; schema: Schema }) {
  return defineCollection({
    loader: glob({
      base: `${contentBase}/${directory}`,
      pattern,
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema,
  });
}

export const collections = {
  positionPaper: entries(entryCollections.positionPaper),
  communities: entries(entryCollections.communities),
  guides: entries(entryCollections.guides),
  glossary: entries(entryCollections.glossary),
  pages: entries(entryCollections.pages),
  topSectors: taxonomy(taxonomyCollections.topSectors),
  provinces: taxonomy(taxonomyCollections.provinces),
  themes: taxonomy(taxonomyCollections.themes),
  partnerTypes: taxonomy(taxonomyCollections.partnerTypes),
  audiences: taxonomy(taxonomyCollections.audiences),
  actionScan: data(dataCollections.actionScan),
  actionScanDimensions: data(dataCollections.actionScanDimensions),
  searchSynonyms: data(dataCollections.searchSynonyms),
};
