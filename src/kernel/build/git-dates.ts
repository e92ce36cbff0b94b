import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';

function git(directory: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', directory, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    }).trim();
  } catch {
    return undefined;
  }
}

/** The work tree a directory belongs to, per directory (undefined outside git). */
const topLevels = new Map<string, string | undefined>();
/** Per work tree: every file's last commit date, read from one `git log` run. */
const histories = new Map<string, Map<string, Date>>();

function topLevel(directory: string): string | undefined {
  if (!topLevels.has(directory)) topLevels.set(directory, git(directory, ['rev-parse', '--show-toplevel']));
  return topLevels.get(directory);
}

/**
 * The last commit date of every file in a work tree. One `git log` over the whole history,
 * newest first: the first commit that lists a file is its last change. One process per
 * build instead of one per page (on 10,000 pages, that was most of the build's time).
 */
function history(top: string): Map<string, Date> {
  const known = histories.get(top);
  if (known) return known;
  const dates = new Map<string, Date>();
  const output = git(top, ['-c', 'core.quotePath=false', 'log', '--format=%x01%cI', '--name-only']) ?? '';
  let current: Date | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\u0001')) current = new Date(line.slice(1));
    else if (line && current && !dates.has(line)) dates.set(line, current);
  }
  histories.set(top, dates);
  return dates;
}

/**
 * When a file was last changed, from git history (the last commit that touched it).
 * Undefined where there is no git or no history for the file (a download without .git,
 * an uncommitted file): callers then fall back to the entry's own `updated` date.
 */
export function lastCommitDate(filePath: string): Date | undefined {
  const absolute = resolve(filePath);
  const top = topLevel(dirname(absolute));
  if (!top) return undefined;
  return history(top).get(relative(top, absolute).split('\\').join('/'));
}

export type HistoryState = 'complete' | 'shallow' | 'none';

const historyStates = new Map<string, HistoryState>();

/** Whether the content's git history can tell when files changed (a shallow clone cannot fully). */
export function historyState(directory: string): HistoryState {
  const known = historyStates.get(directory);
  if (known) return known;
  const state: HistoryState =
    git(directory, ['rev-parse', '--is-inside-work-tree']) !== 'true'
      ? 'none'
      : git(directory, ['rev-parse', '--is-shallow-repository']) === 'true'
        ? 'shallow'
        : 'complete';
  historyStates.set(directory, state);
  return state;
}

/** The later of the author's `updated` date and the file's last commit. */
export function lastUpdated(updated: Date, filePath: string | undefined): Date {
  const committed = filePath ? lastCommitDate(filePath) : undefined;
  return committed && committed > updated ? committed : updated;
}
