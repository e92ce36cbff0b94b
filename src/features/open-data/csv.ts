import { spreadsheetSafe } from '../../kernel/build/output-text.ts';

/**
 * One CSV field as RFC 4180 wants it: quoted when it holds a comma, quote or line break.
 * Text that a spreadsheet would read as a formula is kept as text (numbers stay numbers).
 */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : typeof value === 'number' ? String(value) : spreadsheetSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document with a header row, CRLF line ends, for spreadsheets. */
// Mapped over Row's own keys (not Record<string, …>) so that interfaces, which have no index signature, fit.
export function toCsv<Row extends { [Column in keyof Row]: string | number | undefined }>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): string {
  return (
    [columns.map(csvField).join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))].join('\r\n') + '\r\n'
  );
}
