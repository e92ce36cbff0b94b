import type { PhraseKey } from '../../src/kernel/i18n/contributor/messages.ts';

/**
 * The shape of a new entry per kind, in both languages. Fields whose content only the
 * contributor can give are left empty, so that validation points at them.
 */
export interface TemplateInput {
  lang: 'nl' | 'en';
  title: string;
  /** The English file's own address (its `slug` field); none for the Dutch file, published under its file name. */
  slug?: string | undefined;
  updated: string;
  order?: number;
}

interface Template {
  directory: string;
  /** What the contributor fills in next, said by npm run new (src/kernel/i18n/contributor/). */
  next: PhraseKey & `new.next.${string}`;
  render: (input: TemplateInput) => string;
}

/** A YAML string, quoted so that colons and quotes in a title are safe. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

const sections = {
  community: { nl: ['Wat we weten', 'Wat we (nog) niet weten'], en: ['What we know', 'What we do not (yet) know'] },
  guide: {
    nl: ['Voor wie', 'Waar deze gids op steunt', 'Stappen', 'Checklist', 'Valkuilen'],
    en: ['Who this is for', 'What this guide draws on', 'Steps', 'Checklist', 'Pitfalls'],
  },
  chapter: { nl: ['Inleiding'], en: ['Introduction'] },
};

/** The `slug` line below the title, where the file gives one. */
function slugLine(slug: string | undefined): string {
  return slug ? `\nslug: ${slug}` : '';
}

function headings(list: string[]): string {
  return list.map((heading) => `## ${heading}\n`).join('\n');
}

export const entryTemplates = {
  community: {
    directory: 'communities',
    next: 'new.next.community',
    render: ({ lang, title, slug, updated }: TemplateInput) => `---
title: ${quoted(title)}${slugLine(slug)}
summary: ""
kind: learning-community
topSectors: []
provinces: []
themes: []
partners: []
status: unknown
sources: []
updated: ${updated}
---

${headings(sections.community[lang])}`,
  },
  guide: {
    directory: 'guides',
    next: 'new.next.guide',
    render: ({ lang, title, slug, updated }: TemplateInput) => `---
title: ${quoted(title)}${slugLine(slug)}
summary: ""
audiences: []
direction: fieldlab-to-region
basedOn: []
sources: []
updated: ${updated}
---

${headings(sections.guide[lang])}`,
  },
  term: {
    directory: 'glossary',
    next: 'new.next.term',
    render: ({ title, slug, updated }: TemplateInput) => `---
term: ${quoted(title)}${slugLine(slug)}
definition: ""
seeAlso: []
sources: []
updated: ${updated}
---
`,
  },
  chapter: {
    directory: 'position-paper',
    next: 'new.next.chapter',
    render: ({ lang, title, slug, updated, order }: TemplateInput) => `---
title: ${quoted(title)}${slugLine(slug)}
order: ${order ?? 1}
summary: ""
updated: ${updated}
---

${headings(sections.chapter[lang])}`,
  },
} satisfies Record<string, Template>;

export type EntryKind = keyof typeof entryTemplates;
