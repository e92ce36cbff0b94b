/**
 * The search page: loads Pagefind's Component UI (only here, and only from this site) and
 * keeps the query and the filters in the address (`?q=zorg&Provincie=Utrecht`), so a search
 * can be shared and bookmarked and opens with the same results. Pagefind picks the index
 * that matches `<html lang>`, so results stay in the page's language.
 */
import { addScript } from './add-script.ts';

type Filters = PagefindFilters;

/** The query and the known filters in the address; other parameters are left alone. */
function readAddress(filterNames: string[]): { term: string; filters: Filters } {
  const params = new URLSearchParams(window.location.search);
  const filters: Filters = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { term: params.get('q')?.trim() ?? '', filters };
}

function writeAddress(term: string, filters: Filters | undefined, filterNames: string[]): void {
  const params = new URLSearchParams(window.location.search);
  params.delete('q');
  for (const name of filterNames) params.delete(name);
  if (term) params.set('q', term);
  for (const [name, values] of Object.entries(filters ?? {})) for (const value of values) params.append(name, value);
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

/** Where the filters stand beside the results (Search.astro's layout); on a narrower screen they start closed. */
const FILTERS_BESIDE = '(min-width: 56rem)';

async function start(root: HTMLElement): Promise<void> {
  const filterPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (filterPanel) filterPanel.open = window.matchMedia(FILTERS_BESIDE).matches;
  root.hidden = false;
  const filterNames = JSON.parse(root.dataset['filters'] ?? '[]') as string[];
  await addScript(`${root.dataset['bundlePath'] ?? '/pagefind/'}pagefind-component-ui.js`);
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) return;
  instance.setTranslations(JSON.parse(root.dataset['translations'] ?? '{}') as Record<string, string>);
  // What the site's search did to the query: a correction, partial matches (see pagefind-module.ts).
  const notice = root.querySelector<HTMLElement>('[data-search-notice]');
  instance.on('results', (response) => {
    if (!notice) return;
    notice.textContent = response.notice ?? '';
    notice.hidden = !response.notice;
  });
  const { term, filters } = readAddress(filterNames);
  let loaded = false;
  instance.on('search', (searched, selected) => {
    if (loaded) writeAddress(searched, selected, filterNames);
  });
  // In faceted mode (filters without a query) loading runs an empty search that lists every
  // page: what a reader who came to browse wants, and only that reader. With a query in the
  // address it would render every page only to replace them, so faceted mode starts after
  // loading. That search would also clear the address and any words typed meanwhile, so the
  // search that counts comes after it.
  instance.faceted = !term && Object.keys(filters).length === 0;
  await instance.triggerLoad();
  instance.faceted = true;
  loaded = true;
  const typed = root.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim() ?? '';
  if (typed || term || Object.keys(filters).length > 0) instance.triggerSearchWithFilters(typed || term, filters);
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);
