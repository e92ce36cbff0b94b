import type { Locale } from './locales.ts';

/**
 * The site's sections and their URL segment in each language: the one place where a
 * localized path is defined (`/nl/leergemeenschappen/` and `/en/communities/`).
 */
export const sections = {
  positionPaper: { nl: 'position-paper', en: 'position-paper' },
  communities: { nl: 'leergemeenschappen', en: 'communities' },
  guides: { nl: 'overdrachtsgidsen', en: 'transfer-guides' },
  glossary: { nl: 'begrippen', en: 'glossary' },
  search: { nl: 'zoeken', en: 'search' },
  figures: { nl: 'cijfers', en: 'figures' },
  translationStatus: { nl: 'vertaalstatus', en: 'translation-status' },
  actionScan: { nl: 'actiescan', en: 'action-scan' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sections;

export function sectionSegment(section: Section, lang: Locale): string {
  return sections[section][lang];
}

/** The page with every chapter of the position paper, under the position-paper section. */
export const printSegment = { nl: 'afdrukken', en: 'print' } as const satisfies Record<Locale, string>;

/** Static views of the directory per top sector and per province, under the communities section. */
export const communityGroupSegments = {
  topSectors: { nl: 'topsector', en: 'top-sector' },
  provinces: { nl: 'provincie', en: 'province' },
} as const satisfies Record<string, Record<Locale, string>>;

export type CommunityGroup = keyof typeof communityGroupSegments;
