/**
 * Whether a year, month and day name a day the calendar has. JavaScript and js-yaml roll an
 * impossible date over without a word (2025-02-30 becomes 2 March), so dates are checked
 * before they are read: unquoted YAML dates in src/kernel/content-safety/yaml.ts, quoted ones by
 * the date schema (src/kernel/schemas/common.ts).
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
