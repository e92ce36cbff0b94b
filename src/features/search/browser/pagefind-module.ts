/**
 * The site's Pagefind module: what the search page, the dialog and the tests import
 * instead of Pagefind's own `pagefind.js` (the build bundles this file into
 * `/pagefind/kennisbank/pagefind.js`, see src/features/search/pagefind-integration.ts). It
 * has Pagefind's interface, so the Component UI uses it unchanged, and it rewrites each
 * query before Pagefind runs it (src/features/search/query-plan.ts: stop words, plurals,
 * synonyms, typos, compounds), runs one search per term, ranks pages by how many of the
 * query's words they match (of those with every word, the ones that have them side by
 * side as typed first), and falls back to the best partial matches when few pages have
 * them all. Each response says what it did in `notice`, for the reader. Excerpts come
 * without the seams the index puts in Dutch compounds.
 */
import { COMPOUND_SEAM } from '../compound-words.ts';
import { planQuery, type QueryPlan } from '../query-plan.ts';
import { decodeVocabulary, type Vocabulary, type VocabularyFile, type VocabularyMessages } from '../search-vocabulary.ts';

interface SubResult {
  title: string;
  excerpt: string;
  [key: string]: unknown;
}

interface ResultData {
  excerpt: string;
  content: string;
  sub_results?: SubResult[];
  [key: string]: unknown;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
  [key: string]: unknown;
}

export interface SearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  timings: unknown;
  /** What the rewriting did, for the reader; empty when the query ran as typed. */
  notice?: string;
  [key: string]: unknown;
}

type SearchOptions = Record<string, unknown>;

interface PagefindInstance {
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  debouncedSearch(term: string | null, options?: SearchOptions, wait?: number): Promise<SearchResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

/** Fewer pages with every word than this, and the best partial matches follow them. */
const FEW_COMPLETE = 5;

const seams = new RegExp(`\\${COMPOUND_SEAM}`, 'g');
const withoutSeams = (text: string) => text.replace(seams, '');

function cleanData(data: ResultData): ResultData {
  return {
    ...data,
    excerpt: withoutSeams(data.excerpt),
    content: withoutSeams(data.content),
    ...(data.sub_results
      ? { sub_results: data.sub_results.map((sub) => ({ ...sub, title: withoutSeams(sub.title), excerpt: withoutSeams(sub.excerpt) })) }
      : {}),
  };
}

function cleanResult(result: PagefindResult, score = result.score): PagefindResult {
  return { ...result, score, data: async () => cleanData(await result.data()) };
}

function cleanResponse(response: SearchResponse | null, notice = ''): SearchResponse | null {
  return response && { ...response, results: response.results.map((result) => cleanResult(result)), notice };
}

const fill = (message: string, words: string[]) => message.replace('{{words}}', words.join(', '));

/** Ranks the pages of every term's search: most of the query's words, then the highest sum of scores. */
async function runPlan(
  pagefind: PagefindInstance,
  plan: QueryPlan,
  options: SearchOptions,
  messages: VocabularyMessages,
): Promise<SearchResponse | null> {
  const searches = new Map<string, Promise<SearchResponse | null>>();
  const run = (term: string) => {
    let search = searches.get(term);
    if (!search) {
      search = pagefind.search(term, options);
      searches.set(term, search);
    }
    return search;
  };
  // All words at once, for Pagefind's excerpts with every word marked.
  const together = plan.slots.length > 1 ? run(plan.slots.map((slot) => slot.alternatives[0]?.term ?? '').join(' ')) : undefined;
  // Pagefind ranks words, not their order: the pages with the reader's words side by side
  // (Pagefind's exact phrase search) are the likeliest answer of those with every word.
  const phrase = plan.phrase ? run(`"${plan.phrase}"`) : undefined;
  const pages = new Map<string, { result: PagefindResult; best: number; together: boolean; slotScores: number[] }>();
  for (const [index, slot] of plan.slots.entries()) {
    for (const { term, weight } of slot.alternatives) {
      for (const result of (await run(term))?.results ?? []) {
        const score = result.score * weight;
        const page = pages.get(result.id) ?? { result, best: 0, together: false, slotScores: plan.slots.map(() => 0) };
        page.slotScores[index] = Math.max(page.slotScores[index] ?? 0, score);
        if (score > page.best) Object.assign(page, { best: score, result: page.together ? page.result : result });
        pages.set(result.id, page);
      }
    }
  }
  const base = (await together) ?? (await run(plan.slots[0]?.alternatives[0]?.term ?? ''));
  for (const result of base?.results ?? []) {
    const page = pages.get(result.id);
    if (page && together) Object.assign(page, { result, together: true });
  }
  const ranked = [...pages.values()].map((page) => ({
    ...page,
    matched: page.slotScores.filter((score) => score > 0).length,
    total: page.slotScores.reduce((sum, score) => sum + score, 0),
  }));
  const byScore = (a: { total: number }, b: { total: number }) => b.total - a.total;
  const sideBySide = new Set(((await phrase)?.results ?? []).map((result) => result.id));
  const phraseFirst = (a: { result: PagefindResult }, b: { result: PagefindResult }) =>
    Number(sideBySide.has(b.result.id)) - Number(sideBySide.has(a.result.id));
  const complete = ranked.filter((page) => page.matched === plan.slots.length).sort((a, b) => phraseFirst(a, b) || byScore(a, b));
  let partial: typeof ranked = [];
  if (complete.length < FEW_COMPLETE && plan.slots.length > 1) {
    // Pages with at least half the words, if any; else with any of them.
    const half = Math.ceil(plan.slots.length / 2);
    const rest = ranked.filter((page) => page.matched < plan.slots.length);
    const enough = rest.filter((page) => page.matched >= half);
    partial = (enough.length > 0 ? enough : rest).sort((a, b) => b.matched - a.matched || byScore(a, b));
  }
  const notices = [
    plan.corrections.length > 0
      ? fill(
          messages.corrected,
          plan.corrections.map((correction) => correction.to),
        )
      : '',
    plan.synonyms.length > 0 ? fill(messages.synonyms, plan.synonyms) : '',
    plan.unknown.length > 0 ? fill(messages.unknown, plan.unknown) : '',
    partial.length > 0 ? (complete.length === 0 ? messages.partial : messages.fewComplete) : '',
  ];
  const results = [...complete, ...partial].map((page) => cleanResult(page.result, page.total));
  return {
    ...(base ?? { filters: {}, totalFilters: {}, timings: {} }),
    results,
    unfilteredResultCount: results.length,
    notice: notices.filter(Boolean).join(' '),
  };
}

function emptyResponse(notice: string): SearchResponse {
  return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: {}, notice };
}

async function loadVocabulary(lang: string): Promise<Vocabulary | undefined> {
  try {
    const response = await fetch(new URL(`vocabulary.${lang}.json`, import.meta.url));
    return response.ok ? decodeVocabulary((await response.json()) as VocabularyFile) : undefined;
  } catch {
    return undefined;
  }
}

/** Pagefind's createInstance, with the query rewriting in front of its search. */
export function createInstance(options: Record<string, unknown> = {}): PagefindInstance {
  const lang = (document.documentElement.lang || 'unknown').toLowerCase();
  const pagefind: Promise<PagefindInstance> = import(/* @vite-ignore */ new URL('../pagefind.js', import.meta.url).href).then(
    (module: { createInstance(options: Record<string, unknown>): PagefindInstance }) => module.createInstance(options),
  );
  // Fetched alongside Pagefind's own files, so the first query waits for neither in turn.
  const vocabulary = loadVocabulary(lang);

  async function search(term: string | null, searchOptions: SearchOptions = {}): Promise<SearchResponse | null> {
    const [instance, words] = await Promise.all([pagefind, vocabulary]);
    if (!words || term === null || !term.trim()) return cleanResponse(await instance.search(term, searchOptions));
    const plan = planQuery(words, term, lang);
    if (plan.unchanged) return cleanResponse(await instance.search(term, searchOptions));
    if (plan.slots.length === 0) return emptyResponse(plan.unknown.length > 0 ? fill(words.messages.unknown, plan.unknown) : '');
    return runPlan(instance, plan, searchOptions, words.messages);
  }

  return {
    search,
    debouncedSearch: (term, searchOptions) => search(term, searchOptions),
    preload: async (term, searchOptions) => (await pagefind).preload(term, searchOptions),
    filters: async () => (await pagefind).filters(),
    options: async (newOptions) => (await pagefind).options(newOptions),
    init: async () => (await pagefind).init(),
    destroy: async () => (await pagefind).destroy(),
    mergeIndex: async (path, mergeOptions) => (await pagefind).mergeIndex(path, mergeOptions),
  };
}
