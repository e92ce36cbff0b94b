import {
  CONTENT_ROOT,
  dataCollections,
  matchesDataPattern,
  type DataCollection,
  type DataCollectionDefinition,
} from '../../src/kernel/schemas/collections.ts';
import { isSlug, slugify } from '../../src/kernel/content/slug.ts';
import { phrase, reason, type Value } from '../../src/kernel/i18n/contributor/messages.ts';
import type { Problem } from './problem.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import type { Walked } from './walk.ts';

/** One YAML file of a data collection (the action scan): both languages in one file. */
export interface DataFile {
  collection: DataCollection;
  /** File name without `.yaml`: the entry's id. */
  id: string;
  source: SourceFile;
}

const definitions = Object.entries(dataCollections) as [DataCollection, DataCollectionDefinition][];

/** What belongs in a folder, as a list for a message: `scan.yaml and the folder dimensions/`. */
function whatBelongsIn(directory: string): Value[] {
  const files = definitions
    .filter(([, definition]) => definition.directory === directory)
    .map(([collection, definition]) =>
      definition.pattern === '*.yaml' ? phrase('belongs.id-yaml-per', { noun: phrase(`noun.${collection}`) }) : definition.pattern,
    );
  const folders = definitions
    .filter(([, definition]) => definition.directory.startsWith(`${directory}/`))
    .map(([, definition]) => phrase('belongs.folder', { name: definition.directory.slice(directory.length + 1) }));
  return [...files, ...folders];
}

/**
 * Reads the files of every data collection and reports files that sit in the wrong
 * place, are misnamed, or are missing. Nothing in these folders is skipped silently.
 */
export function collectDataFiles(root: string, walked: Walked): { files: DataFile[]; problems: Problem[] } {
  const files: DataFile[] = [];
  const problems: Problem[] = [];
  const directories = [...new Set(definitions.map(([, definition]) => definition.directory))];

  for (const directory of directories) {
    const base = `${CONTENT_ROOT}/${directory}`;
    const inHere = (path: string) => path.startsWith(`${base}/`) && !path.slice(base.length + 1).includes('/');
    const names = [...walked.files.filter(inHere), ...walked.directories.filter(inHere)].map((path) => path.slice(base.length + 1)).sort();
    const here = definitions.filter(([, definition]) => definition.directory === directory);
    const takesAnyYaml = here.some(([, definition]) => definition.pattern === '*.yaml');

    for (const name of names) {
      const file = `${base}/${name}`;
      if (walked.directories.includes(file)) {
        if (directories.includes(`${directory}/${name}`)) continue;
        problems.push({ file, ...reason('file.location:data-folder', { base, belongs: whatBelongsIn(directory), name, file }) });
        continue;
      }
      const match = here.find(([, definition]) => matchesDataPattern(name, definition.pattern));
      if (!match) {
        problems.push({
          file,
          ...(takesAnyYaml
            ? reason('file.extension:yaml', { name, suggestion: `${name.replace(/\.[^.]*$/, '')}.yaml` })
            : reason('file.location:data-file', { base, belongs: whatBelongsIn(directory), name })),
        });
        continue;
      }
      const [collection, definition] = match;
      const id = name.slice(0, -'.yaml'.length);
      if (definition.pattern === '*.yaml' && !isSlug(id)) {
        problems.push({ file, ...reason('file.name:yaml', { name, suggestion: `${slugify(id) || 'dimensie'}.yaml` }) });
        continue;
      }
      files.push({ collection, id, source: readSourceFile(root, file) });
    }

    for (const [collection, definition] of here) {
      if (files.some((dataFile) => dataFile.collection === collection)) continue;
      const wanted = definition.pattern === '*.yaml' ? `${base}/` : `${base}/${definition.pattern}`;
      if (walked.problems.some((problem) => problem.file === wanted)) continue; // a link or hidden file, reported
      const noun = phrase(`noun.${collection}`);
      problems.push({
        file: wanted,
        ...(definition.pattern === '*.yaml'
          ? reason('file.missing:data', { noun, wanted, base })
          : reason('file.missing:data-file', { noun, wanted })),
      });
    }
  }
  return { files, problems };
}
