import { phrase, reason, type Phrase, type PhraseKey } from '../i18n/contributor/messages.ts';
import { positionInText, type Problem } from './problem.ts';

/**
 * The characters a contribution may not contain anywhere. Each is invisible or changes how
 * text around it is shown or parsed: control characters (a vertical tab makes the feeds
 * invalid XML; NUL breaks the build after pages are written), bidirectional overrides
 * (text that reads differently from what it is), zero-width and tag characters (hidden
 * words), line and paragraph separators, and noncharacters. Tab, line feed and the CR of a
 * CRLF pair are allowed; joiners, variation selectors and the soft hyphen are allowed for
 * emoji and hyphenation.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFDD0-\uFDEF\uFFF9-\uFFFB\uFFFE\uFFFF]|[\u{E0000}-\u{E007F}]|\r(?!\n)/u;
const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN.source, 'gu');

/** The characters with a name of their own in the messages; others are a control or a formatting character. */
const NAMES: Record<string, PhraseKey & `character.${string}`> = {
  '\u0000': 'character.nul',
  '\u000B': 'character.vertical-tab',
  '\u000C': 'character.form-feed',
  '\u007F': 'character.del',
  '\u200B': 'character.zero-width-space',
  '\u200E': 'character.ltr-mark',
  '\u200F': 'character.rtl-mark',
  '\u2028': 'character.line-separator',
  '\u2029': 'character.paragraph-separator',
  '\u202A': 'character.ltr-embedding',
  '\u202B': 'character.rtl-embedding',
  '\u202C': 'character.pop-formatting',
  '\u202D': 'character.ltr-override',
  '\u202E': 'character.rtl-override',
  '\u2066': 'character.ltr-isolate',
  '\u2067': 'character.rtl-isolate',
  '\u2068': 'character.first-strong-isolate',
  '\u2069': 'character.pop-isolate',
  '\uFEFF': 'character.byte-order-mark',
  '\r': 'character.lone-carriage-return',
};

/** A readable name and code point for a character: `a vertical tab (U+000B)`. */
export function describeCharacter(character: string): Phrase {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[character] ?? (/[\u0000-\u001F\u007F-\u009F]/.test(character) ? 'character.control' : 'character.formatting');
  return phrase(name, { code });
}

/**
 * Decodes a file's bytes as UTF-8, or says where the first byte is that is not UTF-8 (a file
 * saved as Latin-1 or Windows-1252 shows é as one such byte).
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
    return { problem: { file, line, ...reason('file.encoding', { byte: (bytes[offset] ?? 0).toString(16).toUpperCase() }) } };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return Math.max(0, bytes.length - 1);
}

/** Every forbidden character in a text, with its line and column, at most a few per file. */
export function forbiddenCharacterProblems(file: string, text: string, lineOffset = 0): Problem[] {
  const problems: Problem[] = [];
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  FORBIDDEN_GLOBAL.lastIndex = start;
  for (let match = FORBIDDEN_GLOBAL.exec(text); match; match = FORBIDDEN_GLOBAL.exec(text)) {
    const position = positionInText(text, match.index);
    const character = match[0];
    // One message per line is enough to find the line and clean it.
    if (problems.at(-1)?.line === position.line + lineOffset) continue;
    problems.push(
      character === '\r'
        ? { file, line: position.line + lineOffset, ...reason('file.line-endings') }
        : {
            file,
            line: position.line + lineOffset,
            column: position.column,
            ...reason('text.forbidden-character', { character: describeCharacter(character) }),
          },
    );
    // One message per kind of mistake is enough to find and fix the rest.
    if (problems.length >= 5 || character === '\r') break;
  }
  return problems;
}

/** True when a text has no visible character: only spaces, joiners or hyphenation points. */
export function isInvisible(text: string): boolean {
  // Each joiner and selector is matched on its own, deliberately, not as part of a character.
  // eslint-disable-next-line no-misleading-character-class
  return text.replace(/[\s\u00AD\u034F\u200C\u200D\uFE00-\uFE0F]|\p{M}/gu, '') === '';
}

/** A string value's problem, if any: text with nothing visible in it. Lengths are the schemas' to check. */
export function textValueProblem(value: string): Pick<Problem, 'rule' | 'message'> | undefined {
  return value.length > 0 && isInvisible(value) ? reason('text.invisible', { count: value.length }) : undefined;
}
