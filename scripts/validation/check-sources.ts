import { linesOutsideCode } from '../../src/kernel/markdown/heading-ids.ts';
import { reason } from '../../src/kernel/i18n/contributor/messages.ts';
import type { EntryFile } from './collect.ts';
import type { Problem } from './problem.ts';
import { positionOfPath } from './source-file.ts';

/**
 * Whether a web address names a page rather than a whole site: `https://scienceguide.nl/`
 * names no page, so a reader cannot check the claim it is cited for.
 */
export function hasPath(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.pathname.replace(/\/+$/, '') !== '' || parsed.search !== '';
  } catch {
    return true; // not an address at all: the schema reports that
  }
}

/** A footnote definition, `[^1]: Source, https://...`, with the text after the colon. */
export const FOOTNOTE = /^\[\^[^\]]+\]:(.*)$/;
const ADDRESS = /https?:\/\/[^\s)<>"']+/g;

function bareSource(entry: EntryFile, url: string, where: { line?: number; column?: number }, field: string): Problem {
  return { severity: 'warning', file: entry.source.file, ...where, field, ...reason('source.bare-url', { url }) };
}

/**
 * Warnings for sources that cite a whole site instead of a page: in the `sources` field of
 * every collection that has one, and in the footnotes of every body (chapters cite there).
 */
export function checkSourceUrls(entry: EntryFile, data: Record<string, unknown> | undefined): Problem[] {
  const problems: Problem[] = [];
  const sources = data?.['sources'];
  if (Array.isArray(sources)) {
    sources.forEach((source: unknown, index) => {
      const url = (source as { url?: unknown } | null)?.url;
      if (typeof url === 'string' && !hasPath(url.trim())) {
        problems.push(
          bareSource(entry, url.trim(), positionOfPath(entry.source, ['sources', index, 'url']) ?? {}, `sources[${index}].url`),
        );
      }
    });
  }
  for (const { text: line, line: number } of linesOutsideCode(entry.source.body)) {
    const footnote = FOOTNOTE.exec(line);
    if (!footnote) continue;
    for (const match of (footnote[1] ?? '').matchAll(ADDRESS)) {
      const url = match[0].replace(/[.,;:]+$/, '');
      if (hasPath(url)) continue;
      const column = line.indexOf(match[0]) + 1;
      problems.push(bareSource(entry, url, { line: entry.source.bodyStartLine + number - 1, column }, 'footnote'));
    }
  }
  return problems;
}
