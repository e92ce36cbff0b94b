import {
  emptyState,
  filterKeys,
  matches,
  optionCounts,
  parseFilterState,
  serializeFilterState,
  type FilterState,
  type FilterableItem,
} from '../community-filter.ts';

/**
 * The directory's filters: the form shows only where scripts run (a `scripting` media query
 * in the stylesheet), so readers without JavaScript get the full list and no dead form. The state lives in the address (?sector=...&province=...):
 * each change adds a history entry, and the back button restores the previous view.
 */
const form = document.querySelector<HTMLFormElement>('[data-community-filters]');
const list = document.querySelector<HTMLElement>('[data-community-list]');
const status = document.querySelector<HTMLElement>('[data-result-count]');
const noResults = document.querySelector<HTMLElement>('[data-no-results]');

/** A list item's filter values, from its data attributes (`data-sector="a b"`). */
function filterableItem(element: HTMLElement): FilterableItem {
  const values = emptyState();
  for (const key of filterKeys) values[key] = (element.dataset[key] ?? '').split(' ').filter(Boolean);
  return { values };
}

function start(root: HTMLFormElement, listElement: HTMLElement): void {
  const rows = [...listElement.querySelectorAll<HTMLLIElement>(':scope > li')].map((element) => ({
    element,
    item: filterableItem(element),
  }));
  const items = rows.map((row) => row.item);
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const plurals = new Intl.PluralRules(document.documentElement.lang);

  const readForm = (): FilterState => {
    const params = new URLSearchParams();
    for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
    return parseFilterState(params.toString());
  };

  const writeForm = (state: FilterState): void => {
    for (const box of checkboxes) box.checked = (state[box.name as keyof FilterState] ?? []).includes(box.value);
  };

  const apply = (state: FilterState): void => {
    let shown = 0;
    for (const { element, item } of rows) {
      const visible = matches(item, state);
      element.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const key of filterKeys) {
      const counts = optionCounts(items, state, key);
      for (const count of root.querySelectorAll<HTMLElement>(`[data-count-for^="${key}:"]`)) {
        const value = count.dataset['countFor']?.slice(key.length + 1) ?? '';
        count.textContent = `(${counts.get(value) ?? 0})`;
      }
    }
    // The same choice i18next makes on the server: Intl.PluralRules for the page's language.
    const form = plurals.select(shown) === 'one' ? 'resultOne' : 'resultOther';
    const template = root.dataset[form] ?? '{{count}}';
    if (status) status.textContent = template.replace('{{count}}', String(shown));
    if (noResults) noResults.hidden = shown > 0;
  };

  const showAddress = (): void => {
    const state = parseFilterState(window.location.search);
    writeForm(state);
    apply(state);
  };

  const commit = (): void => {
    const state = readForm();
    apply(state);
    const query = serializeFilterState(state);
    if (query !== serializeFilterState(parseFilterState(window.location.search))) {
      window.history.pushState(null, '', `${window.location.pathname}${query}`);
    }
  };

  root.addEventListener('change', commit);
  root.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    commit();
  });
  window.addEventListener('popstate', showAddress);
  showAddress();
}

if (form && list) start(form, list);
