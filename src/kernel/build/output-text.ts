/**
 * Text leaving the site in another format. Validation already refuses control characters,
 * but each format is made safe on its own as well, so a value that slips past one check
 * still cannot break a feed, an image or a spreadsheet.
 */

/** Characters XML 1.0 does not allow at all (escaping cannot save them): a vertical tab makes a feed unreadable. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for XML (feeds, the SVG of a social image): characters XML cannot hold removed. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text escaped for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * A CSV cell that a spreadsheet will never run as a formula: a value starting with =, +, -,
 * @, a tab or a carriage return gets a leading apostrophe (OWASP's advice for CSV
 * injection), so "=HYPERLINK(...)" in a partner name stays text.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
