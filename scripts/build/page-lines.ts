import { stripVTControlCharacters } from 'node:util';

/**
 * Astro's line for one page it wrote, `  ├─ /nl/over/index.html (+4ms)`: the file, and
 * whether the page was rendered or copied unchanged from the last build (`(restored)` or
 * `(cached)`, its incremental build: src/routing/cache-keys.ts). Undefined for any other
 * line. Astro colours its output where it thinks a terminal reads it (on CI, too), so the
 * colour codes are dropped first. `npm run build` counts these lines; the tests read them.
 */
export function astroPageLine(line: string): { file: string; copied: boolean } | undefined {
  const match = /[├└]─ (\S+) \((\+[\d.]+m?s|restored|cached)\)\s*$/.exec(stripVTControlCharacters(line));
  if (!match?.[1] || !match[2]) return undefined;
  return { file: match[1], copied: !match[2].startsWith('+') };
}
