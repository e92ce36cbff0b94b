/**
 * Keeps the reader's place when switching language: section headings share their ids in
 * both languages, so the switch link gets the id of the section being read (on wide
 * screens the header stays in view while reading). Without JavaScript the link still
 * works; it then opens the counterpart page at the top.
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-language-switch][data-keep-section]');

/** The id in the address (percent-encoded there when it has letters outside ASCII). */
function addressedId(): string {
  const fragment = window.location.hash.slice(1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * The section being read:
 * - the section in the address (set by the table of contents, a heading's link or a shared
 *   link) while its heading is in view: a link puts it at the top, and on a tall window the
 *   next sections' headings may sit above the reading line too;
 * - else the section whose heading is nearest above the reading line, 40% down the window.
 */
function currentSection(): string | undefined {
  const headings = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')];
  const id = addressedId();
  const addressed = headings.find((heading) => heading.id === id);
  if (addressed) {
    const { top, bottom } = addressed.getBoundingClientRect();
    if (bottom > 0 && top < window.innerHeight) return addressed.id;
  }
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > window.innerHeight * 0.4) break;
    current = heading.id;
  }
  return current;
}

function updateLink(): void {
  if (!link) return;
  const section = currentSection();
  link.hash = section ? `#${section}` : '';
}

if (link) {
  // Before any way of following the link: click, middle click, keyboard, context menu.
  for (const event of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(event, updateLink);
}
