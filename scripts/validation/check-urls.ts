import { phrase, reason, type Phrase } from '../../src/kernel/i18n/contributor/messages.ts';
import { locales, otherLocale, type Locale } from '../../src/kernel/i18n/locales.ts';
import { communityGroupSegments, printSegment, sections, type CommunityGroup, type Section } from '../../src/kernel/i18n/sections.ts';
import { communityGroupUrl, entryUrl, homeUrl, pageUrl, sectionUrl, urlSlug, type SectionCollection } from '../../src/kernel/routing/localized-urls.ts';
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
  const reserved = new Map<string, Phrase>();
  for (const lang of locales) {
    reserved.set(homeUrl(lang), phrase('use.home'));
    for (const section of Object.keys(sections) as Section[]) reserved.set(sectionUrl(section, lang), section === 'search' ? phrase('use.search') : phrase('use.section', { name: sections[section][lang] }));
    reserved.set(`${sectionUrl('positionPaper', lang)}${printSegment[lang]}/`, phrase('use.print'));
    for (const group of Object.keys(communityGroupSegments) as CommunityGroup[]) {
      reserved.set(`${sectionUrl('communities', lang)}${communityGroupSegments[group][lang]}/`, phrase(`use.${group}`));
      for (const id of known[group]) reserved.set(communityGroupUrl(group, lang, id), phrase('use.group', { id }));
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
      // A page is renamed by its slug, a chapter's address leaves out its number.
      const fix = isPage ? 'page' : entry.collection === 'positionPaper' ? 'chapter' : undefined;
      const use = reserved.get(url);
      if (use) {
        problems.push({ ...where, ...reason('url.reserved', { url, use }, fix) });
        continue;
      }
      const first = taken.get(url);
      if (first && first !== entry && !(isPage && first.collection === 'pages' && first.lang === entry.lang && entry.lang === lang)) {
        problems.push({ ...where, ...reason('url.duplicate', { url, noOther: phrase(`no-other.${entry.collection}`), file: first.source.file }, fix) });
        continue;
      }
      taken.set(url, entry);
    }
  }
  return problems;
}
