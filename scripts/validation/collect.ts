import { locales } from '../../src/kernel/i18n/locales.ts';
import { isSlug, slugify } from '../../src/kernel/content/slug.ts';
import { phrase, reason, type Value } from '../../src/kernel/i18n/contributor/messages.ts';
import {
  CONTENT_ROOT,
  TAXONOMY_DIRECTORY,
  checkFiles,
  dataCollections,
  entryCollections,
  taxonomyCollections,
  type DataCollection,
  type DataCollectionDefinition,
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
function knownFolders(): Map<string, Value> {
  const folders = new Map<string, Value>();
  for (const [collection, definition] of Object.entries(entryCollections) as [
    EntryCollection,
    (typeof entryCollections)[EntryCollection],
  ][]) {
    const noun = phrase(`noun.${collection}`);
    folders.set(`${CONTENT_ROOT}/${definition.directory}`, phrase('belongs.language-folders', { noun }));
    for (const lang of locales) folders.set(`${CONTENT_ROOT}/${definition.directory}/${lang}`, phrase('belongs.mdx-per', { noun }));
  }
  folders.set(
    `${CONTENT_ROOT}/${TAXONOMY_DIRECTORY}`,
    phrase('belongs.files', {
      files: Object.values(taxonomyCollections)
        .map((taxonomy) => taxonomy.file)
        .join(', '),
    }),
  );
  for (const [collection, definition] of Object.entries(dataCollections) as [DataCollection, DataCollectionDefinition][]) {
    folders.set(
      `${CONTENT_ROOT}/${definition.directory}`,
      definition.pattern === '*.yaml' ? phrase('belongs.yaml-per', { noun: phrase(`noun.${collection}`) }) : definition.pattern,
    );
  }
  for (const [check, definition] of Object.entries(checkFiles) as [
    keyof typeof checkFiles,
    (typeof checkFiles)[keyof typeof checkFiles],
  ][]) {
    folders.set(
      `${CONTENT_ROOT}/${definition.directory}`,
      phrase('belongs.check-files', { files: [...definition.files], purpose: phrase(`check-files.${check}`) }),
    );
  }
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
    const name = directory.slice(directory.lastIndexOf('/') + 1);
    const belongs = folders.get(parent);
    report({
      file: directory,
      ...(belongs !== undefined
        ? reason('file.location:folder', { parent, belongs, name })
        : reason('file.location:top-folder', {
            root: CONTENT_ROOT,
            folders: topFolders.map((folder) => folder.slice(CONTENT_ROOT.length + 1)).join(', '),
            name,
          })),
    });
  }

  for (const [collection, definition] of Object.entries(entryCollections) as [
    EntryCollection,
    (typeof entryCollections)[EntryCollection],
  ][]) {
    const base = `${CONTENT_ROOT}/${definition.directory}`;
    for (const file of walked.files.filter((path) => path.startsWith(`${base}/`))) {
      const parts = file.slice(base.length + 1).split('/');
      const [lang, name] = parts;
      if (parts.length !== 2 || !lang || !name || !(locales as readonly string[]).includes(lang)) {
        if (parts.length > 2 && !(locales as readonly string[]).includes(lang ?? '')) continue; // inside an unknown folder: the folder is reported
        report({ file, ...reason('file.location:language', { noun: phrase(`noun.${collection}`), base, file }) });
        continue;
      }
      if (!name.endsWith('.mdx')) {
        report({ file, ...reason('file.extension:mdx', { name, suggestion: `${name.replace(/\.[^.]*$/, '')}.mdx` }) });
        continue;
      }
      const slug = name.slice(0, -'.mdx'.length);
      if (!isSlug(slug)) {
        report({ file, ...reason('file.name:mdx', { name, suggestion: `${slugify(slug) || 'nieuwe-pagina'}.mdx` }) });
        continue;
      }
      entries.push({ collection, lang, slug, source: read(file) });
    }
  }

  for (const [collection, definition] of Object.entries(taxonomyCollections) as [TaxonomyCollection, { file: string }][]) {
    const file = `${CONTENT_ROOT}/${TAXONOMY_DIRECTORY}/${definition.file}`;
    if (!walked.files.includes(file)) {
      if (problems.some((problem) => problem.file === file)) continue; // a link or hidden file, reported
      problems.push({ file, ...reason('file.missing:taxonomy', { file, collection }) });
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
    const belongs = folders.get(folder);
    problems.push({
      file,
      ...(name.endsWith('.yml')
        ? reason('file.extension:yml', { name, suggestion: `${name.slice(0, -'.yml'.length)}.yaml` })
        : belongs === undefined
          ? reason('file.location:root-file', { root: CONTENT_ROOT, name })
          : reason('file.location:unread-file', { folder, belongs, name })),
    });
  }

  return { entries, taxonomies, dataFiles: data.files, problems };
}
