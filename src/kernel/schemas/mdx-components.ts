import type { PhraseKey } from '../i18n/contributor/messages.ts';

/**
 * What contributed MDX may contain: these components, with these attributes, written as
 * plain text values (no `{expressions}`). The components themselves are in
 * src/kernel/mdx/; the validator enforces this contract before anything is built,
 * because MDX runs code on the build machine and in readers' browsers.
 */
export interface AttributeRule {
  required?: boolean;
  /** Allowed values; omitted for free text. */
  values?: readonly string[];
  /** A boolean attribute, written without a value (`decorative`). */
  flag?: boolean;
  /** A site path such as /images/x.jpg (no other site, no data: or javascript: address). */
  localPath?: boolean;
}

export interface ComponentRule {
  attributes: Record<string, AttributeRule>;
  /** What the component is for, in the validator's messages (src/kernel/i18n/contributor/). */
  purpose: PhraseKey & `component.${string}`;
}

export const authorComponents: Record<string, ComponentRule> = {
  Aside: {
    purpose: 'component.aside',
    attributes: { type: { values: ['note', 'tip', 'caution'] }, title: {} },
  },
  Steps: {
    purpose: 'component.steps',
    attributes: {},
  },
  Term: {
    purpose: 'component.term',
    attributes: { id: { required: true } },
  },
  Figure: {
    purpose: 'component.figure',
    attributes: { src: { required: true, localPath: true }, alt: {}, caption: {}, decorative: { flag: true } },
  },
};

/** Link texts that say nothing about where a link goes (WCAG 2.4.4), in Dutch and English. */
export const vagueLinkTexts = [
  'klik hier',
  'hier',
  'lees meer',
  'meer',
  'meer lezen',
  'lees verder',
  'verder',
  'link',
  'deze link',
  'klik',
  'click here',
  'here',
  'read more',
  'more',
  'this link',
  'click',
  'learn more',
  'continue',
];
