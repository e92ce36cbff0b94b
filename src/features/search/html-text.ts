/**
 * Rewrites the text of an HTML document and leaves its markup as it is: tags, attribute
 * values, comments, character references and the contents of script, style, template and
 * title stay byte for byte. Enough for the HTML Astro writes; not a general HTML parser.
 */
const SEGMENT = new RegExp(
  [
    '<!--[\\s\\S]*?-->',
    // Raw text elements, whole: their contents are not text a reader sees.
    '<(script|style|template|title|textarea)\\b(?:[^>"\']|"[^"]*"|\'[^\']*\')*>[\\s\\S]*?</\\1\\s*>',
    // A tag; quoted attribute values may contain `>`.
    '</?[A-Za-z!?][^>"\']*(?:(?:"[^"]*"|\'[^\']*\')[^>"\']*)*>',
    // Text up to the next tag, split around character references such as &amp;.
    '(&(?:#\\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)',
    '([^<&]+|[<&])',
  ].join('|'),
  'g',
);

export function mapText(html: string, change: (text: string) => string): string {
  return html.replace(SEGMENT, (segment: string, _raw: string | undefined, _reference: string | undefined, text: string | undefined) =>
    text === undefined || text === '<' || text === '&' ? segment : change(text),
  );
}

/** The text of a document, for collecting its words (markup and raw text elements left out). */
export function textOf(html: string): string {
  const parts: string[] = [];
  mapText(html, (text) => {
    parts.push(text);
    return text;
  });
  return parts.join(' ');
}
