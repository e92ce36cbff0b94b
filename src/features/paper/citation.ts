import type { Locale } from '../../kernel/i18n/locales.ts';

export interface CitationInput {
  author: string;
  date: Date;
  title: string;
  /** A bracketed description after the title, as APA puts it for a text of a special kind. */
  description?: string;
  url: string;
  lang: Locale;
}

const MONTHS: Record<Locale, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * An APA (7th edition) reference to a web page whose author is an organisation:
 * Author. (Year, Month Day). Title [Description]. URL
 * In Dutch, APA writes the month in lower case and the day after it the same way.
 */
export function apaCitation({ author, date, title, description, url, lang }: CitationInput): string {
  const day = date.getUTCDate();
  const month = MONTHS[lang][date.getUTCMonth()];
  const when = lang === 'nl' ? `${date.getUTCFullYear()}, ${day} ${month}` : `${date.getUTCFullYear()}, ${month} ${day}`;
  const end = /[.?!]$/.test(title) ? '' : '.';
  return `${author}. (${when}). ${title}${description ? ` [${description}]` : ''}${description ? '.' : end} ${url}`;
}
