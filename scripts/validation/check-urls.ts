import { phrase, reason, type Phrase } from '../../src/kernel/i18n/contributor/messages.ts';
import { defaultLocale, locales, otherLocale, type Locale } from '../../src/kernel/i18n/locales.ts';
import { communityGroupSegments, printSegment, sections, type CommunityGroup, type Section } from '../../src/kernel/i18n/sections.ts';
import {
  collectionSections,
  communityGroupUrl,
  entryAddresses,
  homeUrl,
  localizeEntries,
  pageUrl,
  sectionUrl,
  urlSlug,
  type SectionCollection,
} from '../../src/kernel/routing/localized-urls.ts';
import { translationSlug } from '../../src/kernel/content/slug.ts';
import type { KnownIds, ValidEntry } from './check-references.ts';
import type { Problem } from './problem.ts';
import { positionOfPath } from './source-file.ts';

/** Who holds an address: an entry's page (by its file name or its `slug`), or an entry's former address. */
interface Claim {
  url: string;
  lang: Locale;
  entry: ValidEntry;
  /** True when the address comes from the file's `slug` field rather than its file name. */
  bySlug: boolean;
  /** Set on a former address: where it points on to. */
  movedTo?: string;
}

const titleField = (entry: ValidEntry) => (entry.collection === 'glossary' ? 'term' : 'title');

/**
 * Every entry gets an address in both languages (a missing translation shows the other
 * language's text). No address may be one the site uses itself (the search page, a section,
 * the print page, a province or sector list), nor another entry's: Astro would only warn
 * and publish one of the two pages. An English entry's own slug moves it from the address of
 * its file name, which then points on to it (src/pages/[lang]/[section]/[moved].astro) and
 * stays taken, so that links to it keep working. The build checks the same again on its list
 * of routes (src/routing/routes.ts), so a collision can never reach dist/.
 */
export function checkUrls(entries: readonly ValidEntry[], known: KnownIds): Problem[] {
  const reserved = new Map<string, Phrase>();
  for (const lang of locales) {
    reserved.set(homeUrl(lang), phrase('use.home'));
    for (const section of Object.keys(sections) as Section[])
      reserved.set(
        sectionUrl(section, lang),
        section === 'search' ? phrase('use.search') : phrase('use.section', { name: sections[section][lang] }),
      );
    reserved.set(`${sectionUrl('positionPaper', lang)}${printSegment[lang]}/`, phrase('use.print'));
    for (const group of Object.keys(communityGroupSegments) as CommunityGroup[]) {
      reserved.set(`${sectionUrl('communities', lang)}${communityGroupSegments[group][lang]}/`, phrase(`use.${group}`));
      for (const id of known[group]) reserved.set(communityGroupUrl(group, lang, id), phrase('use.group', { id }));
    }
  }

  const problems: Problem[] = [];
  const { pages, formerAddresses } = claims(entries);
  const taken = new Map<string, Claim>();
  for (const claim of pages) {
    const { url, entry } = claim;
    const where = locate(claim);
    // An address from a slug is changed there, a chapter's address leaves out its number.
    const fix = claim.bySlug
      ? entry.collection === 'pages'
        ? 'page'
        : 'slug'
      : entry.collection === 'positionPaper'
        ? 'chapter'
        : undefined;
    const use = reserved.get(url);
    if (use) {
      problems.push({ ...where, ...reason('url.reserved', { url, use, noun: phrase(`noun.${entry.collection}`) }, fix) });
      continue;
    }
    const first = taken.get(url);
    // Two standalone pages with one slug in one language: checkUniqueFields reports that already.
    const reported =
      first?.entry.collection === 'pages' && entry.collection === 'pages' && first.entry.lang === entry.lang && entry.lang === claim.lang;
    if (first && first.entry !== entry && !reported) {
      problems.push({
        ...where,
        ...reason(
          'url.duplicate',
          { url, noOther: phrase(`no-other.${entry.collection}`), file: first.entry.source.file, noun: phrase(`noun.${entry.collection}`) },
          fix,
        ),
      });
      continue;
    }
    taken.set(url, claim);
  }
  for (const former of formerAddresses) {
    const use = reserved.get(former.url);
    const holder = taken.get(former.url);
    if (!use && !holder) {
      taken.set(former.url, former);
      continue;
    }
    const movedTo = former.movedTo ?? '';
    if (holder?.bySlug) {
      problems.push({
        ...locate(holder),
        ...reason(
          'url.duplicate:former',
          {
            url: former.url,
            noOther: phrase(`no-other.${holder.entry.collection}`),
            file: former.entry.source.file,
            movedTo,
            noun: phrase(`noun.${holder.entry.collection}`),
          },
          'slug',
        ),
      });
    } else if (use) {
      problems.push({ file: former.entry.source.file, line: 1, ...reason('url.reserved:former', { url: former.url, use }) });
    } else {
      problems.push({
        file: former.entry.source.file,
        line: 1,
        ...reason('url.duplicate:file', { url: former.url, file: holder?.entry.source.file ?? '' }),
      });
    }
  }
  return problems;
}

/** Where a claim's problem points: the `slug` line where the address comes from it, else the file. */
function locate(claim: Claim): Pick<Problem, 'file' | 'line' | 'column' | 'field'> {
  const { source } = claim.entry;
  return claim.bySlug ? { file: source.file, field: 'slug', ...(positionOfPath(source, ['slug']) ?? {}) } : { file: source.file };
}

/**
 * Every address the entries take, by the same rule as the site (`entryAddresses`): each
 * entry's page in each language, and the former addresses of entries whose own slug differs
 * from their file name.
 */
function claims(entries: readonly ValidEntry[]): { pages: Claim[]; formerAddresses: Claim[] } {
  const pages: Claim[] = [];
  const formerAddresses: Claim[] = [];
  const standalone = entries.filter((entry) => entry.collection === 'pages');
  const byFile = new Map<string, ValidEntry[]>();
  for (const entry of standalone) byFile.set(entry.slug, [...(byFile.get(entry.slug) ?? []), entry]);
  for (const versions of byFile.values()) {
    for (const lang of locales) {
      const entry = versions.find((version) => version.lang === lang) ?? versions.find((version) => version.lang === otherLocale(lang));
      if (entry) pages.push({ url: pageUrl(lang, String(entry.data['slug'])), lang, entry, bySlug: true });
    }
  }
  for (const collection of Object.keys(collectionSections) as SectionCollection[]) {
    const files = entries
      .filter((entry) => entry.collection === collection)
      .map((entry) => ({
        id: `${entry.lang}/${entry.slug}`,
        data: { slug: typeof entry.data['slug'] === 'string' ? entry.data['slug'] : undefined },
        entry,
      }));
    for (const { item, url, bySlug, fileUrl } of entryAddresses(collection, localizeEntries(files))) {
      const { entry } = item.entry;
      pages.push({ url, lang: item.lang, entry, bySlug });
      if (fileUrl) formerAddresses.push({ url: fileUrl, lang: item.lang, entry, bySlug: false, movedTo: url });
    }
  }
  return { pages, formerAddresses };
}

/**
 * Dutch entries are published under their file name; every other language's file of a
 * chapter, profile, guide or term names its own address in `slug`, written once from its
 * title and kept when the title changes (an address, once published, stays). Asked of every
 * file whose frontmatter could be read, so that a new file's list of what is missing has it.
 */
export function checkSlugFields(entries: readonly ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const originals = new Map(
    entries.filter((entry) => entry.lang === defaultLocale).map((entry) => [`${entry.collection}/${entry.slug}`, entry]),
  );
  for (const entry of entries) {
    if (entry.collection === 'pages') continue;
    const slug = entry.data['slug'];
    if (entry.lang === defaultLocale) {
      if (slug === undefined) continue;
      problems.push({
        file: entry.source.file,
        ...(positionOfPath(entry.source, ['slug']) ?? {}),
        field: 'slug',
        ...reason('url.slug-in-original', { slug: String(slug) }),
      });
      continue;
    }
    if (slug !== undefined) continue;
    const field = titleField(entry);
    const original = originals.get(`${entry.collection}/${entry.slug}`)?.data[field];
    const title = entry.data[field];
    const suggestion =
      typeof title === 'string' && title.trim() !== ''
        ? translationSlug(
            title,
            typeof original === 'string' ? original : undefined,
            urlSlug(entry.collection as SectionCollection, entry.slug),
          )
        : 'the-english-title-as-an-address';
    problems.push({
      file: entry.source.file,
      ...(positionOfPath(entry.source, [field]) ?? {}),
      field: 'slug',
      ...reason('url.slug-missing', { suggestion, field }),
    });
  }
  return problems;
}
