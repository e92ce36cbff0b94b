import { locales } from '../../src/kernel/i18n/locales.ts';
import { isSlug, slugify } from '../../src/kernel/content/slug.ts';
import {
  CONTENT_ROOT,
  TAXONOMY_DIRECTORY,
  checkFiles,
  dataCollections,
  entryCollections,
  taxonomyCollections,
  type EntryCollection,
  type TaxonomyCollection,
} from '../../src/kernel/schemas/collections.ts';
import { collectDataFiles, type DataFile } from './collect-data.ts';
import type { Problem } from './problem.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { walkTree } from './walk.ts';

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

/** The folders under content/ that some collection reads, and what belongs in them, in words. */
function knownFolders(): Map<string, string> {
  const folders = new Map<string, string>();
  for (const definition of Object.values(entryCollections)) {
    folders.set(`${CONTENT_ROOT}/${definition.directory}`, `the folders nl/ and en/ with one .mdx file per ${definition.noun}`);
    for (const lang of locales) folders.set(`${CONTENT_ROOT}/${definition.directory}/${lang}`, `one .mdx file per ${definition.noun}`);
  }
  folders.set(`${CONTENT_ROOT}/${TAXONOMY_DIRECTORY}`, `the files ${Object.values(taxonomyCollections).map((taxonomy) => taxonomy.file).join(', ')}`);
  for (const definition of Object.values(dataCollections)) folders.set(`${CONTENT_ROOT}/${definition.directory}`, definition.pattern === '*.yaml' ? `one .yaml file per ${definition.noun}` : definition.pattern);
  for (const definition of Object.values(checkFiles)) folders.set(`${CONTENT_ROOT}/${definition.directory}`, `${definition.files.join(' and ')} (${definition.purpose})`);
  return folders;
}

/**
 * Reads every content file, and reports every file that no collection reads: misplaced,
 * misnamed, hidden, linked or of another type. Nothing under content/ is skipped silently.
 */
export function collectContent(root: string): CollectedContent {
  const entries: EntryFile[] = [];
  const taxonomies: TaxonomyFile[] = [];
  const walked = walkTree(root, CONTENT_ROOT);
  const problems: Problem[] = [...walked.problems];
  const claimed = new Set<string>();
  const read = (file: string): SourceFile => {
    claimed.add(file);
    return readSourceFile(root, file);
  };
  const report = (problem: Problem) => {
    claimed.add(problem.file);
    problems.push(problem);
  };

  const folders = knownFolders();
  const topFolders = [...new Set([...folders.keys()].map((folder) => folder.split('/').slice(0, 2).join('/')))];
  for (const directory of walked.directories) {
    if (folders.has(directory) || topFolders.includes(directory)) continue;
    const parent = directory.slice(0, directory.lastIndexOf('/'));
    if (!folders.has(parent) && parent !== CONTENT_ROOT && !topFolders.includes(parent)) continue;
    report({
      rule: 'file.location',
      file: directory,
      expected: folders.has(parent) ? `in ${parent}/ only ${folders.get(parent)}` : `only these folders in ${CONTENT_ROOT}/: ${topFolders.map((folder) => folder.slice(CONTENT_ROOT.length + 1)).join(', ')}`,
      found: `a folder ${directory.slice(directory.lastIndexOf('/') + 1)}/ that nothing reads`,
      fix: 'Move its files to where they belong, or remove the folder.',
    });
  }

  for (const [collection, definition] of Object.entries(entryCollections) as [EntryCollection, (typeof entryCollections)[EntryCollection]][]) {
    const base = `${CONTENT_ROOT}/${definition.directory}`;
    for (const file of walked.files.filter((path) => path.startsWith(`${base}/`))) {
      const parts = file.slice(base.length + 1).split('/');
      const [lang, name] = parts;
      if (parts.length !== 2 || !lang || !name || !(locales as readonly string[]).includes(lang)) {
        if (parts.length > 2 && !(locales as readonly string[]).includes(lang ?? '')) continue; // inside an unknown folder: the folder is reported
        report({
          rule: 'file.location',
          file,
          expected: `every ${definition.noun} in a language folder: ${base}/nl/<name>.mdx or ${base}/en/<name>.mdx`,
          found: `a file at ${file}`,
          fix: `Move the file into ${base}/nl/ (Dutch) or ${base}/en/ (English).`,
        });
        continue;
      }
      if (!name.endsWith('.mdx')) {
        report({
          rule: 'file.extension',
          file,
          expected: 'a file ending in .mdx',
          found: `"${name}"`,
          fix: `Rename the file to end in .mdx (for example ${name.replace(/\.[^.]*$/, '')}.mdx); other files are not published.`,
        });
        continue;
      }
      const slug = name.slice(0, -'.mdx'.length);
      if (!isSlug(slug)) {
        report({
          rule: 'file.name',
          file,
          expected: 'a file name of lower-case letters, digits and single hyphens, like "vitaal-in-brainport.mdx"',
          found: `"${name}"`,
          fix: `Rename the file, for example to "${slugify(slug) || 'nieuwe-pagina'}.mdx", in both language folders.`,
        });
        continue;
      }
      entries.push({ collection, lang, slug, source: read(file) });
    }
  }

  for (const [collection, definition] of Object.entries(taxonomyCollections) as [TaxonomyCollection, { file: string }][]) {
    const file = `${CONTENT_ROOT}/${TAXONOMY_DIRECTORY}/${definition.file}`;
    if (!walked.files.includes(file)) {
      if (problems.some((problem) => problem.file === file)) continue; // a link or hidden file, reported
      problems.push({
        rule: 'file.missing',
        file,
        expected: `the taxonomy file ${file}`,
        found: 'no such file',
        fix: `Restore ${file}: the site needs it to label and check ${collection}.`,
      });
      continue;
    }
    taxonomies.push({ collection, source: read(file) });
  }

  const data = collectDataFiles(root, walked);
  problems.push(...data.problems);
  for (const problem of data.problems) claimed.add(problem.file);
  for (const dataFile of data.files) claimed.add(dataFile.source.file);

  for (const definition of Object.values(checkFiles)) {
    for (const name of definition.files) claimed.add(`${CONTENT_ROOT}/${definition.directory}/${name}`);
  }

  // The sweep: every file read or reported above; anything else is reported here.
  for (const file of walked.files) {
    if (claimed.has(file)) continue;
    const folder = file.slice(0, file.lastIndexOf('/'));
    if (!folders.has(folder) && folder !== CONTENT_ROOT) continue; // inside an unknown folder: the folder is reported
    const name = file.slice(folder.length + 1);
    problems.push(name.endsWith('.yml')
      ? {
        rule: 'file.extension',
        file,
        expected: 'YAML files ending in .yaml',
        found: `"${name}"`,
        fix: `Rename the file to ${name.slice(0, -'.yml'.length)}.yaml; files ending in .yml are not read.`,
      }
      : {
        rule: 'file.location',
        file,
        expected: folder === CONTENT_ROOT ? `no files directly in ${CONTENT_ROOT}/, only the folders of the collections` : `in ${folder}/ only ${folders.get(folder)}`,
        found: `a file "${name}" that nothing reads`,
        fix: 'Move the file to where it belongs, or remove it.',
      });
  }

  return { entries, taxonomies, dataFiles: data.files, problems };
}
