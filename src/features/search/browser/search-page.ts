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

async function start(root: HTMLElement): Promise<void> {
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
  // Loading runs Pagefind's own first search (empty, to list everything): it would clear
  // the address and any words typed meanwhile, so the search that counts comes after it.
  await instance.triggerLoad();
  loaded = true;
  const typed = root.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim() ?? '';
  if (typed || term || Object.keys(filters).length > 0) instance.triggerSearchWithFilters(typed || term, filters);
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);
