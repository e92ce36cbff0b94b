import type { Translate, UIKey } from '../../kernel/i18n/ui.ts';
import { COMPOUND_SEAM } from './compound-words.ts';

/**
 * What the search dialog and the search page share: where Pagefind's files are, how it is
 * configured, its text in the page's language and the template of one result.
 */
export { highlightParam, searchBundlePath, searchDebounce, siteModulePath } from './search-config.ts';

/** The kinds of indexed page, each shown with its result and offered as a filter value. */
export type ContentKind = 'chapter' | 'community' | 'guide' | 'term' | 'page';

/**
 * The search filters. Pagefind shows a filter's name as it is, so its name is the label
 * in the page's language (each language has its own index, so names never mix). It lists
 * them in the order of their names, which puts the content type first in both languages.
 */
const filterLabels = {
  type: 'search.filter.type',
  sector: 'filter.sector',
  province: 'filter.province',
  theme: 'filter.theme',
} as const satisfies Record<string, UIKey>;

export type SearchFilter = keyof typeof filterLabels;

export function filterName(t: Translate, filter: SearchFilter): string {
  return t(filterLabels[filter]);
}

/** `data-pagefind-filter` for one value: `Topsector:Energie`. */
export function filterValue(t: Translate, filter: SearchFilter, value: string): string {
  return `${filterName(t, filter)}:${value}`;
}

export function filterNames(t: Translate): string[] {
  return (Object.keys(filterLabels) as SearchFilter[]).map((filter) => filterName(t, filter));
}

export function kindLabel(t: Translate, kind: ContentKind): string {
  return t(`search.type.${kind}` as UIKey);
}

/** Every text key of Pagefind's Component UI, with ours, so all its text goes through t(). */
const pagefindKeys = {
  placeholder: 'search.ui.placeholder',
  clear_search: 'search.ui.clearSearch',
  load_more: 'search.ui.loadMore',
  search_label: 'search.ui.searchLabel',
  filters_label: 'search.ui.filtersLabel',
  zero_results: 'search.ui.zeroResults',
  many_results: 'search.ui.manyResults',
  one_result: 'search.ui.oneResult',
  total_zero_results: 'search.ui.totalZeroResults',
  total_one_result: 'search.ui.totalOneResult',
  total_many_results: 'search.ui.totalManyResults',
  alt_search: 'search.ui.altSearch',
  search_suggestion: 'search.ui.searchSuggestion',
  searching: 'search.ui.searching',
  results_label: 'search.ui.resultsLabel',
  keyboard_navigate: 'search.ui.keyboardNavigate',
  keyboard_select: 'search.ui.keyboardSelect',
  keyboard_clear: 'search.ui.keyboardClear',
  keyboard_close: 'search.ui.keyboardClose',
  keyboard_search: 'search.ui.keyboardSearch',
  error_search: 'search.ui.errorSearch',
  filter_selected_one: 'search.ui.filterSelectedOne',
  filter_selected_many: 'search.ui.filterSelectedMany',
  input_hint: 'search.ui.inputHint',
  loading: 'search.ui.loading',
} as const satisfies Record<string, UIKey>;

type PagefindKey = keyof typeof pagefindKeys;

/** The text the dialog can show (no filters there): every page carries it, so it is kept short. */
const dialogKeys: PagefindKey[] = [
  'placeholder',
  'clear_search',
  'search_label',
  'zero_results',
  'many_results',
  'one_result',
  'searching',
  'results_label',
  'keyboard_navigate',
  'keyboard_select',
  'keyboard_clear',
  'keyboard_close',
  'keyboard_search',
  'error_search',
  'input_hint',
  'loading',
];

/** Pagefind's text in the page's language: all of it for the search page, or the dialog's part. */
export function pagefindTranslations(t: Translate, part: 'page' | 'dialog' = 'page'): Record<string, string> {
  const keys = part === 'dialog' ? dialogKeys : (Object.keys(pagefindKeys) as PagefindKey[]);
  return Object.fromEntries(keys.map((key) => [key, t(pagefindKeys[key])]));
}

const withoutSeams = `replace("${COMPOUND_SEAM}", "")`;

/**
 * One result, in Pagefind's template language: its type, title, excerpt with the matched
 * words marked, and links to the matching sections. The seams the index puts in Dutch
 * compounds are taken out of the text shown.
 */
export const resultTemplate = `<li class="pf-result search-result">
  <p class="search-result__type">{{ meta.type }}</p>
  <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
  {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt | ${withoutSeams} +}}</p>{{/if}}
  {{#if sub_results}}<ul class="pf-heading-chips">
    {{#each sub_results as sub}}<li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title | ${withoutSeams} }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt | ${withoutSeams} +}}</p>
    </li>{{/each}}
  </ul>{{/if}}
</li>`;

/**
 * A result not loaded yet, about as tall as a loaded one: Pagefind loads the results that
 * come into view, so short placeholders would make it fetch many more at once.
 */
export const placeholderTemplate = `<li class="pf-result search-result search-result--loading" aria-hidden="true">
  <p class="pf-skeleton pf-skeleton-title"></p><p class="pf-skeleton pf-skeleton-excerpt"></p>
</li>`;

/**
 * A page's title for search: weighted above all other text (headings get Pagefind's own
 * weights, 7 for h1 down to 2, body text 1), and given as written, since the indexed copy
 * of the text carries seams in its compounds. A glossary term's title is the term it
 * defines, so it weighs most of all: a reader who types a term wants its definition before
 * the pages whose names merely contain it ("Learning community Elderveld-Noord").
 */
export function titleAttributes(title: string, defines = false): Record<string, string> {
  return { 'data-pagefind-meta': `title:${title}`, 'data-pagefind-weight': defines ? '10' : '6' };
}

/** A summary or a glossary definition: the page in a sentence, weighted above body text. */
export const summaryAttributes = { 'data-pagefind-weight': '3' } as const;
