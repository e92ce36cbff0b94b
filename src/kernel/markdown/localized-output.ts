import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastNode, type PluginFactoryContext } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { sharedSectionIds } from './heading-ids.ts';
import { isLocale, defaultLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';

/** The language of a content file, from its folder: content/<collection>/<lang>/file.mdx */
function languageOf(context: { fileURL: URL | undefined }): Locale {
  const lang = context.fileURL?.pathname.split('/').at(-2);
  return isLocale(lang) ? lang : defaultLocale;
}

/** The Dutch source of a file, read from its counterpart under nl/ for an English file. */
function dutchSource(context: PluginFactoryContext): string | undefined {
  if (!context.fileURL) return undefined;
  if (languageOf(context) === 'nl') return context.source;
  const dutchPath = fileURLToPath(context.fileURL).replace(/\/en\/([^/]+)$/, '/nl/$1');
  return existsSync(dutchPath) ? readFileSync(dutchPath, 'utf8') : undefined;
}

/** A small link icon; it has no text, so the heading's text (and the TOC) stays clean. */
const linkIcon: ElementContent = {
  type: 'element',
  tagName: 'svg',
  properties: { viewBox: '0 0 16 16', width: '16', height: '16', ariaHidden: 'true', focusable: 'false' },
  children: [
    {
      type: 'element',
      tagName: 'path',
      properties: {
        d: 'M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: '1.5',
        strokeLinecap: 'round',
      },
      children: [],
    },
  ],
};

/**
 * Section headings get ids shared by both languages (from the Dutch source) and a link to
 * their own address. Runs before Astro's heading-id step, which keeps ids already set.
 */
export function sectionHeadings(context: PluginFactoryContext) {
  const ids = sharedSectionIds(context.source, dutchSource(context));
  const t = useTranslations(languageOf(context));
  let next = 0;
  return defineHastPlugin({
    name: 'kennisbank-section-headings',
    element: {
      filter: ['h2', 'h3'],
      visit(node: Readonly<Element>, visit) {
        if (typeof node.properties['id'] === 'string') return;
        const id = ids[next];
        next += 1;
        if (!id) return;
        visit.setProperty(node, 'id', id);
        const anchor: ElementContent = {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-anchor'],
            href: `#${id}`,
            ariaLabel: t('heading.anchor', { title: visit.textContent(node).trim() }),
            dataPagefindIgnore: 'all',
          },
          children: [linkIcon],
        };
        // The icon stays on the line of the heading's last word: both go in one span that
        // does not wrap (styled in global.css), the rest of the heading wraps as usual.
        const tail = (children: ElementContent[]): Element => ({
          type: 'element',
          tagName: 'span',
          properties: { className: ['heading-tail'] },
          children: [...children, anchor],
        });
        const last = node.children.at(-1);
        const lastWord = last?.type === 'text' ? /^([\s\S]*?)(\S+)\s*$/.exec(last.value) : undefined;
        if (last && lastWord) {
          const [, before = '', word = ''] = lastWord;
          visit.replaceNode(last, [...(before ? [{ type: 'text' as const, value: before }] : []), tail([{ type: 'text', value: word }])]);
        } else if (last && last.type !== 'text') {
          // The heading ends in markup (code, emphasis): that element goes with the icon.
          visit.wrapNode(last, tail([]));
        } else visit.appendChild(node, anchor);
      },
    },
  });
}

/** Whether a node is a footnote marker: `<sup><a data-footnote-ref>1</a></sup>`. */
function isFootnoteMarker(node: Readonly<HastNode> | undefined): boolean {
  return (
    node?.type === 'element' &&
    node.tagName === 'sup' &&
    node.children.some((child) => child.type === 'element' && 'dataFootnoteRef' in child.properties)
  );
}

/**
 * Fixes what Markdown renders the same in every language and without labels:
 * - the footnotes heading and back-links, in the file's own language;
 * - adjacent footnote markers, which get a comma between them, so that footnotes 1 and 2
 *   read as "1,2" and not as footnote 12, on screen and aloud;
 * - task-list checkboxes (GFM `- [ ]`), which get the item's text as their accessible name.
 * And keeps footnotes out of search: their numbers would stick to the words before them,
 * and their text repeats the page's list of sources.
 */
export const localizedOutput = defineHastPlugin({
  name: 'kennisbank-localized-output',
  element: [
    {
      filter: ['h2'],
      visit(node: Readonly<Element>, context) {
        if (node.properties['id'] !== 'footnote-label') return;
        const t = useTranslations(languageOf(context));
        context.replaceNode(node, { ...node, children: [{ type: 'text', value: t('footnotes.label') }] });
      },
    },
    {
      filter: ['section'],
      visit(node: Readonly<Element>, context) {
        if ('dataFootnotes' in node.properties) context.setProperty(node, 'dataPagefindIgnore', 'all');
      },
    },
    {
      filter: ['a'],
      visit(node: Readonly<Element>, context) {
        if ('dataFootnoteRef' in node.properties) context.setProperty(node, 'dataPagefindIgnore', 'all');
        if (!('dataFootnoteBackref' in node.properties)) return;
        const t = useTranslations(languageOf(context));
        const reference = String(node.properties['href'] ?? '').replace(/^#user-content-fnref-/, '');
        context.setProperty(node, 'ariaLabel', t('footnotes.backLabel', { number: reference }));
      },
    },
    {
      filter: ['sup'],
      visit(node: Readonly<Element>, context) {
        const index = context.indexOf(node);
        const next = index === undefined ? undefined : context.parent(node).children[index + 1];
        if (isFootnoteMarker(node) && isFootnoteMarker(next)) context.appendChild(node, { type: 'text', value: ',' });
      },
    },
    {
      filter: ['input'],
      visit(node: Readonly<Element>, context) {
        if (node.properties['type'] !== 'checkbox') return;
        const item = context.parent(node);
        if (item.type !== 'element' || item.tagName !== 'li') return;
        context.setProperty(node, 'ariaLabel', context.textContent(item).trim());
      },
    },
  ],
});
