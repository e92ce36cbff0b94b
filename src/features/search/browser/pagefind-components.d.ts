/**
 * The parts of Pagefind's browser scripts that ours call. They are loaded at run time from
 * /pagefind/ (written by the build), so there is no module to import types from.
 */
type PagefindFilters = Record<string, string[]>;

interface PagefindComponentInstance {
  /** Searches without a query list pages by filter alone (`<pagefind-config faceted>`). */
  faceted: boolean;
  setTranslations(strings: Record<string, string>): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: PagefindFilters): void;
  on(event: 'search', callback: (term: string, filters: PagefindFilters | undefined) => void): void;
  /** `notice`: what the site's Pagefind module did to the query (browser/pagefind-module.ts). */
  on(event: 'results', callback: (response: { notice?: string }) => void): void;
}

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

interface Window {
  PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindComponentInstance } };
  PagefindHighlight?: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}
