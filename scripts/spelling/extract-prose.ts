/**
 * The prose of an MDX entry, line by line, as a reader sees it: what the spelling check reads.
 *
 * Kept out: frontmatter keys and every frontmatter field except the reader-facing texts
 * (PROSE_FIELDS), code, URLs, footnote definitions (source titles and addresses), component
 * names and attributes (except the reader-facing `title` and `alt`), footnote references and
 * HTML entities. Line numbers stay those of the file, so a report points at the right line.
 */

/** Frontmatter fields a reader reads as text: titles, summaries, glossary terms and definitions. */
export const PROSE_FIELDS = ['title', 'summary', 'term', 'definition'] as const;

/** Attributes of components and HTML elements that a reader sees as text. */
const PROSE_ATTRIBUTES = ['title', 'alt'];

export interface ProseLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if ((trimmed.startsWith('"') && trimmed.endsWith('"')) || (trimmed.startsWith("'") && trimmed.endsWith("'"))) {
    return trimmed.slice(1, -1);
  }
  return trimmed;
}

/** The reader-facing attribute values of one tag, joined by spaces. */
function proseOfTag(tag: string): string {
  const values: string[] = [];
  for (const match of tag.matchAll(/([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (PROSE_ATTRIBUTES.includes(match[1] ?? '')) values.push(match[2] ?? match[3] ?? '');
  }
  return values.length > 0 ? ` ${values.join(' ')} ` : ' ';
}

/** Removes everything from one body line that is not prose. */
export function proseOfLine(line: string): string {
  return line
    .replace(/`[^`]*`/g, ' ') // inline code
    .replace(/\]\([^)]*\)/g, '] ') // link targets: keep the link text
    .replace(/<(?:https?:|mailto:)[^>]*>/g, ' ') // autolinks
    .replace(/<\/?[A-Za-z][^>]*>/g, proseOfTag) // components and HTML tags
    .replace(/\{[^}]*\}/g, ' ') // MDX expressions and heading ids
    .replace(/\[\^[^\]]*\]/g, ' ') // footnote references
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ') // bare URLs
    .replace(/\S+@\S+\.\S+/g, ' ') // e-mail addresses
    .replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu|net|frl|nu|io)\b\S*/g, ' ') // domain names: groz.nl
    .replace(/&[a-zA-Z]+;|&#\d+;/g, ' ') // HTML entities
    .replace(/\\(.)/g, '$1') // Markdown escapes: \~ reads as ~
    .replace(/^\s*-\s+\[[ xX]\]/, ' '); // task-list boxes
}

/** The prose lines of an MDX file: frontmatter texts first, then the body. */
export function extractProse(source: string): ProseLine[] {
  const lines = source.split(/\r?\n/);
  const prose: ProseLine[] = [];
  let index = 0;

  if (lines[0]?.trim() === '---') {
    index = 1;
    for (; index < lines.length && lines[index]?.trim() !== '---'; index += 1) {
      const match = /^([A-Za-z]\w*):(.*)$/.exec(lines[index] ?? '');
      if (!match || !(PROSE_FIELDS as readonly string[]).includes(match[1] ?? '')) continue;
      const value = match[2]?.trim() ?? '';
      if (value === '>' || value === '|' || value === '>-' || value === '|-') {
        // A folded or literal block: the indented lines that follow.
        while ((lines[index + 1] ?? '').startsWith(' ')) {
          index += 1;
          prose.push({ line: index + 1, text: proseOfLine(lines[index]?.trim() ?? '') });
        }
      } else {
        prose.push({ line: index + 1, text: proseOfLine(unquote(value)) });
      }
    }
    index += 1; // the closing ---
  }

  let fence: string | undefined;
  let openTag = ''; // a component tag whose attributes continue on the next lines
  for (; index < lines.length; index += 1) {
    let line = lines[index] ?? '';
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (openTag) {
      openTag += ` ${line}`;
      if (!line.includes('>')) continue;
      line = openTag.replace(/^[^<]*/, '');
      openTag = '';
    }
    // A tag that opens on this line and closes on a later one.
    const unclosed = /<[A-Za-z][^>]*$/.exec(line);
    if (unclosed) {
      openTag = line;
      line = line.slice(0, unclosed.index);
    }
    if (/^\s*\[\^[^\]]+\]:/.test(line)) continue; // footnote definitions: source titles and URLs
    if (/^\s*(?:import|export)\s/.test(line)) continue;
    if (/^\s*<!--/.test(line)) continue;
    const text = proseOfLine(line);
    if (text.trim()) prose.push({ line: index + 1, text });
  }
  return prose;
}
