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
  /** What the component is for, in the validator's messages. */
  purpose: string;
}

export const authorComponents: Record<string, ComponentRule> = {
  Aside: {
    purpose: 'a boxed remark: <Aside type="tip" title="...">...</Aside>',
    attributes: { type: { values: ['note', 'tip', 'caution'] }, title: {} },
  },
  Steps: {
    purpose: 'numbered steps around an ordered list: <Steps> 1. ... </Steps>',
    attributes: {},
  },
  Term: {
    purpose: 'a link to a glossary term: <Term id="fieldlab">fieldlabs</Term>',
    attributes: { id: { required: true } },
  },
  Figure: {
    purpose: 'an image with alt text and an optional caption: <Figure src="/images/x.jpg" alt="..." caption="..." />',
    attributes: { src: { required: true, localPath: true }, alt: {}, caption: {}, decorative: { flag: true } },
  },
};

/** Link texts that say nothing about where a link goes (WCAG 2.4.4), in Dutch and English. */
export const vagueLinkTexts = [
  'klik hier', 'hier', 'lees meer', 'meer', 'meer lezen', 'lees verder', 'verder', 'link', 'deze link', 'klik',
  'click here', 'here', 'read more', 'more', 'this link', 'click', 'learn more', 'continue',
];
