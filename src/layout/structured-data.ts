import type { Locale } from '../kernel/i18n/locales.ts';

/**
 * JSON-LD (schema.org) for the site: who publishes it, chapters as articles based on the
 * original paper, and the glossary as a set of defined terms.
 */
const ORIGINAL_PAPER = 'https://kennisbanksocialeinnovatie.nl/kennis/position-paper-learning-communities/';

export function organization(name: string, url: string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'Organization', name, url };
}

export function website(name: string, url: string, lang: Locale): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url, inLanguage: lang, publisher: { '@type': 'Organization', name } };
}

export function chapterArticle(input: { title: string; summary: string; url: string; modified: Date; lang: Locale; publisher: string; image: string }): Record<string, unknown> {
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
    isBasedOn: { '@type': 'CreativeWork', name: 'Position Paper Learning Communities', datePublished: '2022-03', url: ORIGINAL_PAPER },
  };
}

export function definedTermSet(input: { name: string; url: string; lang: Locale; terms: { name: string; description: string; url: string }[] }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    name: input.name,
    url: input.url,
    inLanguage: input.lang,
    hasDefinedTerm: input.terms.map((term) => ({ '@type': 'DefinedTerm', name: term.name, description: term.description, url: term.url })),
  };
}

export function definedTerm(input: { name: string; description: string; url: string; setUrl: string; lang: Locale }): Record<string, unknown> {
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
