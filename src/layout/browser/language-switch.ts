/**
 * Keeps the reader's place when switching language: section headings share their ids in
 * both languages, so the switch link gets the id of the section being read (on wide
 * screens the header stays in view while reading), or else the section in the address
 * (set by the table of contents, a heading's link or a shared link). Without JavaScript
 * the link still works; it then opens the counterpart page at the top.
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-language-switch][data-keep-section]');

/** The section heading nearest above the upper part of the viewport, if any. */
function currentSection(): string | undefined {
  let current: string | undefined;
  for (const heading of document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')) {
    if (heading.getBoundingClientRect().top > window.innerHeight * 0.4) break;
    current = heading.id;
  }
  return current;
}

function updateLink(): void {
  if (!link) return;
  const section = currentSection() ?? window.location.hash.slice(1);
  link.hash = section ? `#${section}` : '';
}

if (link) {
  // Before any way of following the link: click, middle click, keyboard, context menu.
  for (const event of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(event, updateLink);
}
