/**
 * The layout checks of the page tour (tests/helpers/page-tour.ts): the widths readers use,
 * a 320 px phone (also 1280 px at 400 % zoom, WCAG 1.4.10), a 390 px phone, a 768 px tablet,
 * 1024 to 1920 px desktops. No page may scroll sideways or cut anything off; header, main
 * column and footer start at the same x; no heading's link icon sits alone on a line; on
 * desktops the header keeps to one row.
 */
export const WIDTHS = [320, 390, 768, 1024, 1280, 1920];
/** From this width up the header has room for all its items on one row. */
export const ONE_ROW_HEADER_FROM = 1024;
export const HEIGHT = 900;

/**
 * Marks the page (`window.__readsWidth`) when one of its scripts reads the window's width
 * or asks to hear of it: such a page may lay out differently when opened at a width than
 * when resized to it. Runs in the page before its own scripts.
 */
export function watchWidthReads(): void {
  const mark = () => Object.assign(window, { __readsWidth: true });
  const matchMedia = window.matchMedia.bind(window);
  window.matchMedia = (query: string) => (mark(), matchMedia(query));
  for (const property of ['innerWidth', 'outerWidth'] as const) {
    const read = Object.getOwnPropertyDescriptor(window, property)?.get;
    if (read) Object.defineProperty(window, property, { configurable: true, get: () => (mark(), read.call(window)) });
  }
  const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')?.get;
  if (clientWidth)
    Object.defineProperty(Element.prototype, 'clientWidth', {
      configurable: true,
      get() {
        mark();
        return clientWidth.call(this);
      },
    });
  const Observer = window.ResizeObserver;
  window.ResizeObserver = class extends Observer {
    constructor(callback: ResizeObserverCallback) {
      mark();
      super(callback);
    }
  };
  const listen = window.addEventListener.bind(window);
  window.addEventListener = ((
    type: string,
    ...rest: [EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined]
  ) => {
    if (type === 'resize') mark();
    listen(type, ...rest);
  }) as typeof window.addEventListener;
}

/**
 * What is wrong with the layout of the page in view, as readable lines. Runs in the page,
 * so it is self-contained.
 */
export function layoutFaults({ oneRowHeader }: { oneRowHeader: boolean }): string[] {
  const faults: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const name = (element: Element): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList]
      .filter((name) => !name.startsWith('astro-'))
      .map((name) => `.${name}`)
      .join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.localName}${id}${classes}> "${text}"`;
  };
  /** A box that scrolls sideways on purpose: keyboard users can reach it and it says what it holds. */
  const scrollsOnPurpose = (element: Element): boolean =>
    element.getAttribute('tabindex') === '0' && (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby'));

  // Whatever sticks out of the viewport, unless a box around it clips it or scrolls it on
  // purpose; each box once, not again for what it holds.
  const reported: Element[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (reported.some((box) => box.contains(element))) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    if (box.right <= viewport + 0.5 && box.left >= -0.5) continue;
    const style = getComputedStyle(element);
    // Hidden, or shown to screen readers only (clipped to nothing, as .visually-hidden is).
    if (style.visibility === 'hidden' || style.getPropertyValue('clip') !== 'auto') continue;
    let container: Element | undefined;
    for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
      if (getComputedStyle(ancestor).overflowX !== 'visible') {
        container = ancestor;
        break;
      }
    }
    const overflow = container ? getComputedStyle(container).overflowX : 'visible';
    // A clipping box is checked itself; a scrolling one must be reachable by keyboard.
    if (overflow === 'hidden' || overflow === 'clip' || (container && scrollsOnPurpose(container))) continue;
    if (container) {
      reported.push(container);
      faults.push(`${name(container)} scrolls sideways but is not focusable and labelled`);
    } else {
      reported.push(element);
      faults.push(`${name(element)} spans x ${Math.round(box.left)} to ${Math.round(box.right)}`);
    }
  }
  const { scrollWidth } = document.documentElement;
  if (scrollWidth > viewport) faults.unshift(`scrolls sideways: ${scrollWidth} px wide in ${viewport}`);

  const main = document.querySelector('main');
  const header = document.querySelector('.site-header');
  if (!main || !header) return [...faults, 'no <main> or no .site-header'];
  const column = main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft);
  const starts = {
    header: header.querySelector('.site-name')?.getBoundingClientRect().left,
    footer: Math.min(...[...document.querySelectorAll('.site-footer :is(a, p)')].map((element) => element.getBoundingClientRect().left)),
  };
  for (const [part, start] of Object.entries(starts)) {
    if (start === undefined || Math.abs(start - column) > 0.5) {
      faults.push(`the ${part} starts at x ${start === undefined ? '?' : Math.round(start)}, the main column at ${Math.round(column)}`);
    }
  }

  // A heading's link icon on the line of the heading's last word, never alone on a line.
  for (const anchor of document.querySelectorAll('main .heading-anchor')) {
    const heading = anchor.closest('h2, h3');
    const walker = heading ? document.createTreeWalker(heading, NodeFilter.SHOW_TEXT) : undefined;
    let lastText: Text | undefined;
    while (walker?.nextNode()) if (walker.currentNode.textContent?.trim()) lastText = walker.currentNode as Text;
    if (!heading || !lastText) continue;
    const end = document.createRange();
    end.setStart(lastText, lastText.data.trimEnd().length - 1);
    end.setEnd(lastText, lastText.data.trimEnd().length);
    const word = end.getBoundingClientRect();
    const icon = anchor.getBoundingClientRect();
    if (icon.width > 0 && (icon.top >= word.bottom || icon.bottom <= word.top)) {
      faults.push(`the link icon of ${name(heading)} is on a line of its own`);
    }
  }

  if (oneRowHeader) {
    const items = [...header.querySelectorAll('a, button')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const top = Math.max(...items.map(({ box }) => box.top));
    const bottom = Math.min(...items.map(({ box }) => box.bottom));
    if (top >= bottom) {
      const rows = items.map(({ element, box }) => `${name(element)} at y ${Math.round(box.top)}`);
      faults.push(`the header's items take more than one row: ${rows.join('; ')}`);
    }
  }
  return faults;
}
