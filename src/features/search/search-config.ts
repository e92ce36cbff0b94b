/**
 * Search settings shared by the build (the Pagefind integration) and the pages. Kept apart
 * from search-ui.ts, which holds the templates and texts, so that build code reading them
 * takes nothing else with it.
 */
export const searchBundlePath = '/pagefind/';

/**
 * Where the site's own Pagefind module and the search vocabularies are (inside Pagefind's
 * folder): the bundle path the search page and the dialog give Pagefind's Component UI.
 */
export const siteModuleFolder = 'kennisbank';
export const siteModulePath = `${searchBundlePath}${siteModuleFolder}/`;

/** The address parameter that carries the searched words to a result, for highlighting. */
export const highlightParam = 'highlight';

/**
 * Milliseconds the input waits after a keystroke before searching: none to speak of, so
 * results follow every keystroke (Pagefind answers a warm query in a few milliseconds).
 * A longer wait only saves requests for readers who type faster than it, and costs every
 * reader its length on each query (`npm run bench:search` measures both). The Component
 * UI reads 0 as its own default of 300 ms, hence 1.
 */
export const searchDebounce = 1;
