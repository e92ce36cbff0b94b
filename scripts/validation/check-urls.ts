import { locales, otherLocale, type Locale } from '../../src/kernel/i18n/locales.ts';
import { communityGroupSegments, printSegment, sections, type CommunityGroup, type Section } from '../../src/kernel/i18n/sections.ts';
import { communityGroupUrl, entryUrl, homeUrl, pageUrl, sectionUrl, urlSlug, type SectionCollection } from '../../src/kernel/routing/localized-urls.ts';
import { entryCollections } from '../../src/kernel/schemas/collections.ts';
import type { KnownIds, ValidEntry } from './check-references.ts';
import type { Problem } from './problem.ts';
import { positionOfPath } from './source-file.ts';

/**
 * Every entry gets an address in both languages (a missing translation shows the other
 * language's text). No address may be one the site uses itself (the search page, a section,
 * the print page, a province or sector list), nor another entry's: Astro would only warn
 * and publish one of the two pages. The build checks the same again on its list of routes
 * (src/routing/routes.ts), so a collision can never reach dist/.
 */
export function checkUrls(entries: readonly ValidEntry[], known: KnownIds): Problem[] {
  const reserved = new Map<string, string>();
  for (const lang of locales) {
    reserved.set(homeUrl(lang), 'the home page');
    for (const section of Object.keys(sections) as Section[]) reserved.set(sectionUrl(section, lang), `the ${section === 'search' ? 'search page' : `section "${sections[section][lang]}"`}`);
    reserved.set(`${sectionUrl('positionPaper', lang)}${printSegment[lang]}/`, 'the print page of the position paper');
    for (const group of Object.keys(communityGroupSegments) as CommunityGroup[]) {
      reserved.set(`${sectionUrl('communities', lang)}${communityGroupSegments[group][lang]}/`, `the ${group === 'provinces' ? 'province' : 'top-sector'} lists`);
      for (const id of known[group]) reserved.set(communityGroupUrl(group, lang, id), `the list of communities for "${id}"`);
    }
  }

  const problems: Problem[] = [];
  const taken = new Map<string, ValidEntry>();
  const byFile = new Map<string, ValidEntry[]>();
  for (const entry of entries) byFile.set(`${entry.collection}/${entry.slug}`, [...(byFile.get(`${entry.collection}/${entry.slug}`) ?? []), entry]);
  for (const versions of byFile.values()) {
    for (const lang of locales) {
      const entry = versions.find((version) => version.lang === lang) ?? versions.find((version) => version.lang === otherLocale(lang));
      if (!entry) continue;
      const isPage = entry.collection === 'pages';
      const url = isPage
        ? pageUrl(lang as Locale, String(entry.data['slug']))
        : entryUrl(entry.collection as SectionCollection, lang as Locale, urlSlug(entry.collection as SectionCollection, entry.slug));
      const field = isPage ? 'slug' : undefined;
      const where = { file: entry.source.file, ...(field ? { field, ...(positionOfPath(entry.source, [field]) ?? {}) } : {}) };
      const fix = isPage
        ? 'Choose another slug for this page.'
        : `Rename the file (in both language folders) so that its address differs${entry.collection === 'positionPaper' ? '; a chapter\'s address is its file name without the number' : ''}.`;
      const use = reserved.get(url);
      if (use) {
        problems.push({ rule: 'url.reserved', ...where, expected: `an address the site does not use itself`, found: `${url}, the address of ${use}`, fix });
        continue;
      }
      const first = taken.get(url);
      if (first && first !== entry && !(isPage && first.collection === 'pages' && first.lang === entry.lang && entry.lang === lang)) {
        problems.push({ rule: 'url.duplicate', ...where, expected: `an address no other ${entryCollections[entry.collection].noun} has`, found: `${url}, also the address of ${first.source.file}`, fix });
        continue;
      }
      taken.set(url, entry);
    }
  }
  return problems;
}
