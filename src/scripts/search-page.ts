/**
 * The search page: loads Pagefind's Component UI (only here, and only from this site) and
 * keeps the query in the address (`?q=`) so a search can be shared and bookmarked.
 * Pagefind picks the index that matches `<html lang>`, so results stay in one language.
 */
interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

const container = document.querySelector<HTMLElement>('[data-search-ui]');

function addStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/** Adds Pagefind's own script as a module script; resolves once it has run. */
function addModuleScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)), { once: true });
    document.head.append(script);
  });
}

async function start(root: HTMLElement): Promise<void> {
  const bundle = root.dataset['bundlePath'] ?? '/pagefind/';
  addStylesheet(`${bundle}pagefind-component-ui.css`);
  // Not import(): Pagefind's files exist only after the build, outside Vite's module graph.
  await addModuleScript(`${bundle}pagefind-component-ui.js`);
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) return;

  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  instance.on('search', (term) => {
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  });
  if (query) {
    await customElements.whenDefined('pagefind-input');
    const input = root.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = query;
    instance.triggerSearch(query);
  }
}

if (container) void start(container);

export {};
