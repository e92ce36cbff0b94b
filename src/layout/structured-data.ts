import type { Locale } from '../kernel/i18n/locales.ts';

/**
 * JSON-LD (schema.org) for the site: who publishes it, chapters and guides as articles, the
 * glossary as a set of defined terms, and each profile as the project it describes. Only
 * what the content states goes in; a fact the profile does not give is left out, never
 * guessed. SeoHead escapes each object for its <script> element.
 */
const ORIGINAL_PAPER = 'https://kennisbanksocialeinnovatie.nl/kennis/position-paper-learning-communities/';

export function organization(name: string, url: string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'Organization', name, url };
}

export function website(name: string, url: string, lang: Locale): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url,
    inLanguage: lang,
    publisher: { '@type': 'Organization', name },
  };
}

interface ArticleInput {
  title: string;
  summary: string;
  url: string;
  modified: Date;
  lang: Locale;
  publisher: string;
  image: string;
}

/** A page of this knowledge base's own writing, published by it. */
function article(input: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.summary,
    url: input.url,
    image: input.image,
    inLanguage: input.lang,
    dateModified: input.modified.toISOString(),
    author: { '@type': 'Organization', name: input.publisher },
    publisher: { '@type': 'Organization', name: input.publisher },
  };
}

export function chapterArticle(input: ArticleInput): Record<string, unknown> {
  return {
    ...article(input),
    isBasedOn: { '@type': 'CreativeWork', name: 'Position Paper Learning Communities', datePublished: '2022-03', url: ORIGINAL_PAPER },
  };
}

/**
 * A transfer guide: an Article, not a HowTo. Its steps are one part of a text that is
 * mostly explanation and sources (and Google stopped showing HowTo results in 2023). It is
 * based on the profiles it names, given by their addresses (isBasedOn takes a URL).
 */
export function guideArticle(input: ArticleInput & { basedOn: string[]; audiences: string[] }): Record<string, unknown> {
  return {
    ...article(input),
    isBasedOn: input.basedOn,
    audience: input.audiences.map((audienceType) => ({ '@type': 'Audience', audienceType })),
  };
}

/**
 * A profile describes a collaboration: companies, knowledge institutions, government and
 * others working and learning together. schema.org's Project ("an enterprise, potentially
 * individual but typically collaborative, planned to achieve a particular aim") fits it
 * better than a plain Organization, and being a kind of Organization it takes the facts a
 * profile gives: its partners as `member`, those the profile lists as funders as `funder`,
 * `foundingDate`, `location`. A research project is the narrower ResearchProject. Both
 * types are in schema.org's "new" area, which validator.schema.org checks like the rest.
 * Citizens taking part ("residents of ...") are neither an Organization nor a Person, the
 * types `member` takes, so they stay on the page only. `url` is the community's own
 * website; the profile is the page whose main subject it is (mainEntityOfPage).
 */
export function communityProject(input: {
  name: string;
  summary: string;
  url: string;
  research: boolean;
  website?: string | undefined;
  started?: number | undefined;
  place?: string | undefined;
  provinces: string[];
  members: string[];
  funders: string[];
}): Record<string, unknown> {
  const organizations = (names: string[]) => names.map((name) => ({ '@type': 'Organization', name }));
  const location = [
    ...(input.place ? [{ '@type': 'Place', name: input.place }] : []),
    ...input.provinces.map((name) => ({ '@type': 'AdministrativeArea', name })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': input.research ? 'ResearchProject' : 'Project',
    name: input.name,
    description: input.summary,
    mainEntityOfPage: input.url,
    ...(input.website ? { url: input.website } : {}),
    ...(input.started ? { foundingDate: String(input.started) } : {}),
    ...(location.length ? { location } : {}),
    ...(input.members.length ? { member: organizations(input.members) } : {}),
    ...(input.funders.length ? { funder: organizations(input.funders) } : {}),
  };
}

export function definedTermSet(input: {
  name: string;
  url: string;
  lang: Locale;
  terms: { name: string; description: string; url: string }[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    name: input.name,
    url: input.url,
    inLanguage: input.lang,
    hasDefinedTerm: input.terms.map((term) => ({ '@type': 'DefinedTerm', name: term.name, description: term.description, url: term.url })),
  };
}

export function definedTerm(input: {
  name: string;
  description: string;
  url: string;
  setUrl: string;
  lang: Locale;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.lang,
    inDefinedTermSet: input.setUrl,
  };
}
