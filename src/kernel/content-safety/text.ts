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
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFDD0-\uFDEF\uFFF9-\uFFFB\uFFFE\uFFFF]|[\u{E0000}-\u{E007F}]|\r(?!\n)/u;
const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN.source, 'gu');

const NAMES: Record<string, string> = {
  '\u0000': 'a NUL character',
  '\u000B': 'a vertical tab',
  '\u000C': 'a form feed',
  '\u007F': 'a DEL character',
  '\u200B': 'a zero-width space',
  '\u200E': 'a left-to-right mark',
  '\u200F': 'a right-to-left mark',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
  '\u202A': 'a left-to-right embedding',
  '\u202B': 'a right-to-left embedding',
  '\u202C': 'a pop-directional-formatting character',
  '\u202D': 'a left-to-right override',
  '\u202E': 'a right-to-left override',
  '\u2066': 'a left-to-right isolate',
  '\u2067': 'a right-to-left isolate',
  '\u2068': 'a first-strong isolate',
  '\u2069': 'a pop-directional-isolate character',
  '\uFEFF': 'a zero-width no-break space (byte order mark) inside the text',
};

/** A readable name and code point for a character: `a vertical tab (U+000B)`. */
export function describeCharacter(character: string): string {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (character === '\r') return `a carriage return without a line feed (${code})`;
  const name = NAMES[character] ?? (/[\u0000-\u001F\u007F-\u009F]/.test(character) ? 'a control character' : 'an invisible formatting character');
  return `${name} (${code})`;
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
    return {
      problem: {
        rule: 'file.encoding',
        file,
        line,
        expected: 'a text file saved as UTF-8',
        found: `a byte (0x${(bytes[offset] ?? 0).toString(16).toUpperCase()}) that is not UTF-8, as written by an editor saving in Latin-1 or Windows-1252`,
        fix: 'Open the file in your editor and save it with the encoding "UTF-8" (in VS Code: "Save with Encoding"), then check the accented letters on this line.',
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
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
    problems.push(character === '\r'
      ? {
        rule: 'file.line-endings',
        file,
        line: position.line + lineOffset,
        expected: 'lines ending in a line feed (LF, as on Linux and macOS) or CR LF (as on Windows)',
        found: 'a line ending of a carriage return alone (CR, as on classic Mac OS)',
        fix: 'Save the file with "LF" line endings (in VS Code: click "CR" in the status bar and choose "LF").',
      }
      : {
        rule: 'text.forbidden-character',
        file,
        line: position.line + lineOffset,
        column: position.column,
        expected: 'visible text only: no control characters, direction overrides or zero-width characters',
        found: describeCharacter(character),
        fix: 'Delete the invisible character at this position (retype the word around it if your editor does not show it).',
      });
    // One message per kind of mistake is enough to find and fix the rest.
    if (problems.length >= 5 || character === '\r') break;
  }
  return problems;
}

/** True when a text has no visible character: only spaces, joiners or hyphenation points. */
export function isInvisible(text: string): boolean {
  return text.replace(/[\s\u00AD\u034F\u200C\u200D\uFE00-\uFE0F]|\p{M}/gu, '') === '';
}

/** A string value's problem, if any: text with nothing visible in it. Lengths are the schemas' to check. */
export function textValueProblem(value: string): Pick<Problem, 'rule' | 'expected' | 'found' | 'fix'> | undefined {
  if (value.length > 0 && isInvisible(value)) {
    return {
      rule: 'text.invisible',
      expected: 'text a reader can see',
      found: `${value.length} invisible character${value.length === 1 ? '' : 's'}`,
      fix: 'Write the text, or remove the field if it is optional.',
    };
  }
  return undefined;
}
