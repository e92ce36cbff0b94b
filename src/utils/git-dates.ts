import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/**
 * When a file was last changed, from git history (the last commit that touched it).
 * Undefined where there is no git or no history for the file (a download without .git,
 * an uncommitted file): callers then fall back to the entry's own `updated` date.
 */
export function lastCommitDate(filePath: string): Date | undefined {
  if (cache.has(filePath)) return cache.get(filePath);
  let date: Date | undefined;
  try {
    const output = execFileSync('git', ['log', '-1', '--format=%cI', '--', filePath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    date = output ? new Date(output) : undefined;
  } catch {
    date = undefined;
  }
  cache.set(filePath, date);
  return date;
}

/** The later of the author's `updated` date and the file's last commit. */
export function lastUpdated(updated: Date, filePath: string | undefined): Date {
  const committed = filePath ? lastCommitDate(filePath) : undefined;
  return committed && committed > updated ? committed : updated;
}
