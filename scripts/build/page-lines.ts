import { stripVTControlCharacters } from 'node:util';

/** One page Astro wrote: its file, and whether it was copied unchanged from the last build. */
export interface AstroPage {
  file: string;
  copied: boolean;
}

/**
 * A page's header, `07:12:05   ├─ /nl/over/index.html`: the timestamp is there when no terminal
 * reads the output. The file name ends at white space or where the next page's timestamp
 * begins (see below). A page copied from the last build (`(restored)` or `(cached)`, Astro's
 * incremental build: src/routing/cache-keys.ts) has its status right after the name.
 */
const HEADER = /(?:\d\d:\d\d:\d\d)?\s*[├└]─ (\S+?)(?=\d\d:\d\d:\d\d|\s|$)(?: \((restored|cached)\))?/g;
/** The render time Astro writes once a rendered page is done, `(+4ms)` or `(+1.20s)`. */
const TIMING = /\s*\(\+[\d.]+m?s\)(?: \(file not created, response body was empty\))?/g;

/**
 * The pages in one line of Astro's build output, and what is left of the line without them.
 *
 * Astro renders several pages at a time (build.concurrency in astro.config.mjs). It writes a
 * rendered page's header when it starts on the page and the render time when it is done, so
 * the headers and times of pages rendered side by side share lines:
 * `07:12:05   ├─ /a/index.html07:12:05   ├─ /b/index.html (+5ms)`, and a later line ` (+7ms)`.
 * A time therefore says nothing about the page before it, and is not read. A copied page's
 * header and status are written together, with nothing between them, so a header followed
 * by a status is a copied page and every other header a rendered one.
 *
 * `rest` is the line without the pages and times: empty for a line of pages only, and
 * otherwise a message (a warning a page printed while it rendered, say) that the build shows.
 * Astro colours its output where it thinks a terminal reads it (on CI, too), so the colour
 * codes are dropped first. `npm run build` counts the pages; the tests read which ones.
 */
export function astroPageLine(line: string): { pages: AstroPage[]; rest: string } {
  const text = stripVTControlCharacters(line);
  const pages = [...text.matchAll(HEADER)].map((match) => ({ file: match[1] ?? '', copied: match[2] !== undefined }));
  return { pages, rest: text.replace(HEADER, '').replace(TIMING, '').trim() };
}

/** Every page in a whole build log, rendered and copied. */
export function astroPages(log: string): { rendered: string[]; copied: string[] } {
  const pages = log.split('\n').flatMap((line) => astroPageLine(line).pages);
  return {
    rendered: pages.filter((page) => !page.copied).map((page) => page.file),
    copied: pages.filter((page) => page.copied).map((page) => page.file),
  };
}
