import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every built page (.html) under a folder, sorted, with Astro's assets (`_astro/`) and the
 * search index (`pagefind/`) left out: the one walk over a built site that the search
 * index, the link check and the tests share.
 */
export function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !/(^|[\\/])(_astro|pagefind)[\\/]/.test(path.slice(directory.length)))
    .sort();
}
