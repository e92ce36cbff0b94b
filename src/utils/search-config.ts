/**
 * Search settings shared by the pages and the client scripts. Kept apart from
 * search-ui.ts so that the loader every page inlines takes nothing else with it.
 */
export const searchBundlePath = '/pagefind/';

/** The address parameter that carries the searched words to a result, for highlighting. */
export const highlightParam = 'highlight';

/**
 * Milliseconds the input waits after a keystroke before searching. Pagefind answers a warm
 * query in a few milliseconds; a short wait still folds fast typing into one search, so
 * a word typed at speed does not fetch index chunks for each of its prefixes.
 */
export const searchDebounce = 60;
