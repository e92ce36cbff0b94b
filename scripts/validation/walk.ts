import { lstatSync, readdirSync } from 'node:fs';
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
      problems.push({ rule: 'file.symlink', file: top, expected: `${top}/ as an ordinary folder`, found: 'a symbolic link', fix: `Replace the link with the folder itself. Links are never followed: they could point outside the repository.` });
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
        problems.push({
          rule: 'file.symlink',
          file: path,
          expected: 'ordinary files and folders',
          found: 'a symbolic link',
          fix: 'Replace the link with a copy of the file it points to, or remove it. Links are never followed: they could point outside the repository.',
        });
        continue;
      }
      if (name.startsWith('.')) {
        problems.push({
          rule: 'file.hidden',
          file: path,
          expected: 'no hidden files or folders (names starting with a dot): nothing reads them',
          found: `a hidden ${stats.isDirectory() ? 'folder' : 'file'} "${name}"`,
          fix: 'Remove it, or rename it without the leading dot and put it where it belongs.',
        });
        continue;
      }
      if (stats.isDirectory()) {
        directories.push(path);
        pending.push(path);
      } else if (stats.isFile()) {
        files.push(path);
      } else {
        problems.push({ rule: 'file.type', file: path, expected: 'ordinary files and folders', found: 'a special file (a pipe, socket or device)', fix: 'Remove it.' });
      }
    }
  }
  return { files: files.sort(), directories: directories.sort(), problems };
}
