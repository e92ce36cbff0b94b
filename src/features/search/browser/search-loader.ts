/**
 * The only search code a reading page runs until the reader asks for search. The header's
 * search button (also `/` and Ctrl+K or ⌘K) then loads Pagefind's Component UI and opens
 * the dialog from the template in the header; Escape closes it and focus returns to the
 * button. On the search page the same keys go to the page's own search box. A page reached
 * from a search result (`?highlight=`) loads Pagefind's highlighter to mark the words.
 *
 * This script runs on every page, so it imports nothing: an import shared with the search
 * page's script would become a chunk of its own, one more request on every page. Hence its
 * own copy of addScript (add-script.ts is the search page's). Its settings come from the
 * dialog's template.
 */

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const button = form?.querySelector<HTMLButtonElement>('button');
const template = document.querySelector<HTMLTemplateElement>('template#search-dialog');
const bundlePath = template?.dataset['bundlePath'] ?? '/pagefind/';
const highlightParam = template?.dataset['highlightParam'] ?? 'highlight';
let dialog: Promise<PagefindModalElement | null> | undefined;

/**
 * What the reader types between asking for search and the dialog being there (Pagefind's
 * script may still be on its way): kept, and put in the search box once it shows.
 */
let typedAhead = '';
function typeAhead(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key.length === 1) typedAhead += event.key;
  else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
  else return;
  event.preventDefault();
  event.stopPropagation();
}

/** Adds a script element (Pagefind's scripts exist only after the build, outside Vite's graph). */
function addScript(src: string, module = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (module) script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)), { once: true });
    document.head.append(script);
  });
}

/** Loads the Component UI once and puts the dialog in the page. */
async function createDialog(source: HTMLTemplateElement): Promise<PagefindModalElement | null> {
  await addScript(`${bundlePath}pagefind-component-ui.js`);
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('dialog');
  if (!instance) return null;
  instance.setTranslations(JSON.parse(source.dataset['translations'] ?? '{}') as Record<string, string>);
  document.body.append(source.content.cloneNode(true));
  const modal = document.querySelector<PagefindModalElement>('pagefind-modal.search-dialog');
  if (!modal) return null;
  await customElements.whenDefined('pagefind-modal');
  modal.querySelector('dialog')?.setAttribute('aria-label', source.dataset['label'] ?? '');
  // `close` does not bubble, but a capturing listener on an ancestor still hears it.
  modal.addEventListener(
    'close',
    () => {
      button?.setAttribute('aria-expanded', 'false');
      button?.focus();
    },
    true,
  );
  // What the site's search did to the query: a correction, partial matches (see pagefind-module.ts).
  const notice = modal.querySelector<HTMLElement>('[data-search-notice]');
  instance.on('results', (response) => {
    if (!notice) return;
    notice.textContent = response.notice ?? '';
    notice.hidden = !response.notice;
  });
  const pageLink = modal.querySelector<HTMLAnchorElement>('[data-search-page-link]');
  instance.on('search', (term) => {
    if (!pageLink) return;
    const url = new URL(pageLink.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    pageLink.href = `${url.pathname}${url.search}`;
  });
  return modal;
}

async function openSearch(): Promise<void> {
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  if (!template) return;
  dialog ??= createDialog(template).catch(() => null);
  document.addEventListener('keydown', typeAhead, true);
  button?.setAttribute('aria-busy', 'true');
  const modal = await dialog;
  document.removeEventListener('keydown', typeAhead, true);
  button?.removeAttribute('aria-busy');
  if (!modal) {
    // Search could not load: the form still leads to the search page.
    dialog = undefined;
    form?.submit();
    return;
  }
  modal.open();
  const element = modal.querySelector('dialog');
  if (element && !element.open) {
    // Closed a moment ago (Escape, then at once Enter): Pagefind learns of it only from the
    // dialog's `close` event, still to come, and until then ignores open(). Open after it.
    element.addEventListener(
      'close',
      () => {
        modal.open();
        button?.setAttribute('aria-expanded', 'true');
      },
      { once: true },
    );
  }
  button?.setAttribute('aria-expanded', 'true');
  const input = modal.querySelector<HTMLInputElement>('input');
  if (input && typedAhead) {
    input.value = typedAhead;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  typedAhead = '';
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

if (form && button) {
  button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  if (!document.querySelector('[data-search-page]')) button.setAttribute('aria-haspopup', 'dialog');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void openSearch();
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey) return;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    void openSearch();
  });
}

const highlight = new URLSearchParams(window.location.search).get(highlightParam);
if (highlight) {
  void addScript(`${bundlePath}pagefind-highlight.js`, true).then(() => {
    if (window.PagefindHighlight) new window.PagefindHighlight({ highlightParam, addStyles: false });
  });
}
