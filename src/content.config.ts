import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  CONTENT_ROOT,
  TAXONOMY_DIRECTORY,
  dataCollections,
  entryCollections,
  taxonomyCollections,
  taxonomyItem,
  type DataCollection,
  type EntryCollection,
  type TaxonomyCollection,
} from './kernel/schemas/collections.ts';

// Where the content tree is: ./content, or another copy (tests build a fixture copy this way).
const contentBase = process.env['KENNISBANK_CONTENT_DIR'] ?? `./${CONTENT_ROOT}`;

// Collections come from the one registry in src/kernel/schemas, so the site and the validator can
// never disagree about a field. Entry ids are `<lang>/<slug>`, e.g. `nl/vitaal-in-brainport`.
function entries<Name extends EntryCollection>(name: Name) {
  const { directory, schema } = entryCollections[name];
  return defineCollection({
    loader: glob({
      base: `${contentBase}/${directory}`,
      pattern: '{nl,en}/*.mdx',
      // Always the file path: Astro would otherwise take a `slug` field as the id, and a
      // page's slug is its localized URL segment, not its pairing key.
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: schema as (typeof entryCollections)[Name]['schema'],
  });
}

function taxonomy(name: TaxonomyCollection) {
  return defineCollection({
    loader: file(`${contentBase}/${TAXONOMY_DIRECTORY}/${taxonomyCollections[name].file}`),
    schema: taxonomyItem,
  });
}

// YAML files that hold both languages, one entry per file: the file name (without .yaml) is the id.
function data<Name extends DataCollection>(name: Name) {
  const { directory, pattern, schema } = dataCollections[name];
  return defineCollection({
    loader: glob({
      base: `${contentBase}/${directory}`,
      pattern,
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema: schema as (typeof dataCollections)[Name]['schema'],
  });
}

export const collections = {
  positionPaper: entries('positionPaper'),
  communities: entries('communities'),
  guides: entries('guides'),
  glossary: entries('glossary'),
  pages: entries('pages'),
  topSectors: taxonomy('topSectors'),
  provinces: taxonomy('provinces'),
  themes: taxonomy('themes'),
  partnerTypes: taxonomy('partnerTypes'),
  audiences: taxonomy('audiences'),
  actionScan: data('actionScan'),
  actionScanDimensions: data('actionScanDimensions'),
};
