import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';

const cache = new Map<string, Date | undefined>();

function git(directory: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', directory, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * When a file was last changed, from git history (the last commit that touched it).
 * Undefined where there is no git or no history for the file (a download without .git,
 * an uncommitted file): callers then fall back to the entry's own `updated` date.
 */
export function lastCommitDate(filePath: string): Date | undefined {
  const absolute = resolve(filePath);
  if (cache.has(absolute)) return cache.get(absolute);
  const output = git(dirname(absolute), ['log', '-1', '--format=%cI', '--', basename(absolute)]);
  const date = output ? new Date(output) : undefined;
  cache.set(absolute, date);
  return date;
}

export type HistoryState = 'complete' | 'shallow' | 'none';

/** Whether the content's git history can tell when files changed (a shallow clone cannot fully). */
export function historyState(directory: string): HistoryState {
  if (git(directory, ['rev-parse', '--is-inside-work-tree']) !== 'true') return 'none';
  return git(directory, ['rev-parse', '--is-shallow-repository']) === 'true' ? 'shallow' : 'complete';
}

/** The later of the author's `updated` date and the file's last commit. */
export function lastUpdated(updated: Date, filePath: string | undefined): Date {
  const committed = filePath ? lastCommitDate(filePath) : undefined;
  return committed && committed > updated ? committed : updated;
}
