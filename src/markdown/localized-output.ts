import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import type { Element } from 'hast';
import { isLocale, defaultLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';

/** The language of a content file, from its folder: content/<collection>/<lang>/file.mdx */
function languageOf(context: HastVisitorContext): Locale {
  const lang = context.fileURL?.pathname.split('/').at(-2);
  return isLocale(lang) ? lang : defaultLocale;
}

/**
 * Fixes what Markdown renders the same in every language and without labels:
 * - the footnotes heading and back-links, in the file's own language;
 * - task-list checkboxes (GFM `- [ ]`), which get the item's text as their accessible name.
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
      filter: ['a'],
      visit(node: Readonly<Element>, context) {
        if (!('dataFootnoteBackref' in node.properties)) return;
        const t = useTranslations(languageOf(context));
        const reference = String(node.properties['href'] ?? '').replace(/^#user-content-fnref-/, '');
        context.setProperty(node, 'ariaLabel', t('footnotes.backLabel', { number: reference }));
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
