import { lstatSync, readdirSync } from 'node:fs';
import { reason } from '../../src/kernel/i18n/contributor/messages.ts';
import type { Problem } from './problem.ts';
import { unreadableProblem } from '../../src/kernel/content-safety/problem.ts';

export interface Walked {
  /** Regular files, relative to the root, forward slashes, sorted. */
  files: string[];
  /** Folders below the top folder (the top folder itself not included). */
  directories: string[];
  problems: Problem[];
}

/**
 * Lists a folder tree without following links: a symbolic link is reported, never read,
 * so a contribution cannot point the build at a file outside the repository, loop forever
 * or dangle. Hidden files and folders are reported too, since no collection reads them and
 * nothing may sit in the content unseen. Iterative, so no tree is too deep to list.
 */
export function walkTree(root: string, top: string): Walked {
  const files: string[] = [];
  const directories: string[] = [];
  const problems: Problem[] = [];
  try {
    if (lstatSync(`${root}/${top}`).isSymbolicLink()) {
      problems.push({ file: top, ...reason('file.symlink:top', { top }) });
      return { files, directories, problems };
    }
  } catch {
    // No such folder: nothing to list (a missing file is reported by what needs it).
  }
  const pending = [top];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    let names: string[];
    try {
      names = readdirSync(`${root}/${directory}`).sort();
    } catch (error) {
      if (directory === top && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      problems.push(unreadableProblem(directory, error, 'folder'));
      continue;
    }
    for (const name of names) {
      const path = `${directory}/${name}`;
      let stats;
      try {
        stats = lstatSync(`${root}/${path}`);
      } catch (error) {
        problems.push(unreadableProblem(path, error));
        continue;
      }
      if (stats.isSymbolicLink()) {
        problems.push({ file: path, ...reason('file.symlink') });
        continue;
      }
      if (name.startsWith('.')) {
        problems.push({ file: path, ...reason('file.hidden', { name }, stats.isDirectory() ? 'folder' : undefined) });
        continue;
      }
      if (stats.isDirectory()) {
        directories.push(path);
        pending.push(path);
      } else if (stats.isFile()) {
        files.push(path);
      } else {
        problems.push({ file: path, ...reason('file.type') });
      }
    }
  }
  return { files: files.sort(), directories: directories.sort(), problems };
}
