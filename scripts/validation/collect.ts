import { existsSync, readdirSync, statSync } from 'node:fs';
import { locales } from '../../src/i18n/locales.ts';
import {
  CONTENT_ROOT,
  TAXONOMY_DIRECTORY,
  entryCollections,
  taxonomyCollections,
  type EntryCollection,
  type TaxonomyCollection,
} from '../../src/schemas/collections.ts';
import { collectDataFiles, type DataFile } from './collect-data.ts';
import type { Problem } from './problem.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';

export interface EntryFile {
  collection: EntryCollection;
  lang: string;
  /** File name without `.mdx`: the id shared by both languages. */
  slug: string;
  source: SourceFile;
}

export interface TaxonomyFile {
  collection: TaxonomyCollection;
  source: SourceFile;
}

export interface CollectedContent {
  entries: EntryFile[];
  taxonomies: TaxonomyFile[];
  dataFiles: DataFile[];
  problems: Problem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function filesBelow(root: string, directory: string): string[] {
  const absolute = `${root}/${directory}`;
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).flatMap((name) => {
    const relative = `${directory}/${name}`;
    if (name.startsWith('.')) return [];
    return statSync(`${root}/${relative}`).isDirectory() ? filesBelow(root, relative) : [relative];
  });
}

/** Reads every content file, and reports files that sit in the wrong place or are misnamed. */
export function collectContent(root: string): CollectedContent {
  const entries: EntryFile[] = [];
  const taxonomies: TaxonomyFile[] = [];
  const problems: Problem[] = [];

  for (const [collection, definition] of Object.entries(entryCollections) as [EntryCollection, (typeof entryCollections)[EntryCollection]][]) {
    const base = `${CONTENT_ROOT}/${definition.directory}`;
    for (const file of filesBelow(root, base)) {
      const parts = file.slice(base.length + 1).split('/');
      const [lang, name] = parts;
      if (parts.length !== 2 || !lang || !name || !(locales as readonly string[]).includes(lang)) {
        problems.push({
          rule: 'file.location',
          file,
          expected: `every ${definition.noun} in a language folder: ${base}/nl/<name>.mdx or ${base}/en/<name>.mdx`,
          found: `a file at ${file}`,
          fix: `Move the file into ${base}/nl/ (Dutch) or ${base}/en/ (English).`,
        });
        continue;
      }
      if (!name.endsWith('.mdx')) {
        problems.push({
          rule: 'file.extension',
          file,
          expected: 'a file ending in .mdx',
          found: `"${name}"`,
          fix: `Rename the file to end in .mdx (for example ${name.replace(/\.[^.]*$/, '')}.mdx); other files are not published.`,
        });
        continue;
      }
      const slug = name.slice(0, -'.mdx'.length);
      if (!SLUG.test(slug)) {
        problems.push({
          rule: 'file.name',
          file,
          expected: 'a file name of lower-case letters, digits and single hyphens, like "vitaal-in-brainport.mdx"',
          found: `"${name}"`,
          fix: `Rename the file, for example to "${slug.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx", in both language folders.`,
        });
        continue;
      }
      entries.push({ collection, lang, slug, source: readSourceFile(root, file) });
    }
  }

  for (const [collection, definition] of Object.entries(taxonomyCollections) as [TaxonomyCollection, { file: string }][]) {
    const file = `${CONTENT_ROOT}/${TAXONOMY_DIRECTORY}/${definition.file}`;
    if (!existsSync(`${root}/${file}`)) {
      problems.push({
        rule: 'file.missing',
        file,
        expected: `the taxonomy file ${file}`,
        found: 'no such file',
        fix: `Restore ${file}: the site needs it to label and check ${collection}.`,
      });
      continue;
    }
    taxonomies.push({ collection, source: readSourceFile(root, file) });
  }

  const data = collectDataFiles(root);
  problems.push(...data.problems);

  return { entries, taxonomies, dataFiles: data.files, problems };
}
