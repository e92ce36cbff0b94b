import {
  CONTENT_ROOT,
  dataCollections,
  matchesDataPattern,
  type DataCollection,
  type DataCollectionDefinition,
} from '../../src/kernel/schemas/collections.ts';
import { isSlug, slugify } from '../../src/kernel/content/slug.ts';
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

/** What belongs in a folder, in words: `scan.yaml and the folder dimensions/`. */
function whatBelongsIn(directory: string): string {
  const files = definitions.filter(([, definition]) => definition.directory === directory).map(([, definition]) => definition.pattern === '*.yaml' ? `one <id>.yaml file per ${definition.noun}` : definition.pattern);
  const folders = definitions
    .filter(([, definition]) => definition.directory.startsWith(`${directory}/`))
    .map(([, definition]) => `the folder ${definition.directory.slice(directory.length + 1)}/`);
  return [...files, ...folders].join(' and ');
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
        problems.push({
          rule: 'file.location',
          file,
          expected: `in ${base}/ only ${whatBelongsIn(directory)}`,
          found: `a folder ${name}/`,
          fix: `Move the files in ${file}/ to where they belong, or remove the folder.`,
        });
        continue;
      }
      const match = here.find(([, definition]) => matchesDataPattern(name, definition.pattern));
      if (!match) {
        problems.push(takesAnyYaml
          ? {
            rule: 'file.extension',
            file,
            expected: 'a file ending in .yaml',
            found: `"${name}"`,
            fix: `Rename the file to end in .yaml (for example ${name.replace(/\.[^.]*$/, '')}.yaml); other files are not read.`,
          }
          : {
            rule: 'file.location',
            file,
            expected: `in ${base}/ only ${whatBelongsIn(directory)}`,
            found: `a file "${name}"`,
            fix: `Move the file to where it belongs (${whatBelongsIn(directory)}), or remove it.`,
          });
        continue;
      }
      const [collection, definition] = match;
      const id = name.slice(0, -'.yaml'.length);
      if (definition.pattern === '*.yaml' && !isSlug(id)) {
        problems.push({
          rule: 'file.name',
          file,
          expected: 'a file name of lower-case letters, digits and single hyphens, like "samenwerking.yaml"',
          found: `"${name}"`,
          fix: `Rename the file, for example to "${slugify(id) || 'dimensie'}.yaml".`,
        });
        continue;
      }
      files.push({ collection, id, source: readSourceFile(root, file) });
    }

    for (const [collection, definition] of here) {
      if (files.some((dataFile) => dataFile.collection === collection)) continue;
      const wanted = definition.pattern === '*.yaml' ? `${base}/` : `${base}/${definition.pattern}`;
      if (walked.problems.some((problem) => problem.file === wanted)) continue; // a link or hidden file, reported
      problems.push({
        rule: 'file.missing',
        file: wanted,
        expected: definition.pattern === '*.yaml' ? `at least one ${definition.noun} in ${wanted}` : `the ${definition.noun} ${wanted}`,
        found: 'no such file',
        fix: definition.pattern === '*.yaml'
          ? `Add one file ${base}/<id>.yaml per ${definition.noun}; the fields it needs are described in src/kernel/schemas/.`
          : `Restore ${wanted}: the site cannot be built without it.`,
      });
    }
  }
  return { files, problems };
}
