import type { ActionScanMessageKey, ActionScanMessages } from '../messages.ts';

/** The page's own words, with {{placeholders}} filled in: the browser side of t(). */
export function translator(messages: ActionScanMessages) {
  return (key: ActionScanMessageKey, values: Record<string, string | number> = {}): string =>
    messages[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type Translate = ReturnType<typeof translator>;

/** `2026-11-22` as the page's language writes a date (`nl-NL`: `22 november 2026`). */
export function formatDate(dateLocale: string, iso: string): string {
  return new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}
