import { answerOf, emptyAnswers, isAnswer, type Answer, type Answers, type ScanDefinition } from './scoring.ts';

/**
 * Share links carry the answers in the address's fragment (after #), which browsers never
 * send to a server: `#scan=1.<scan>.<date>.<answers>.<check>`.
 *
 * - `1`: the link format's version.
 * - `<scan>`: a fingerprint of the scan's statements and scale. A link made before the
 *   statements changed cannot be read correctly, and says so instead of misplacing answers.
 * - `<date>`: the day the answers were last changed, as YYYYMMDD.
 * - `<answers>`: one character per statement, in the scan's order: a scale value (1-9),
 *   `x` for "don't know", `-` for an open statement.
 * - `<check>`: a checksum over everything before it, so a link that was cut off, mistyped
 *   or edited gives a clear message. It detects damage; it is no protection against someone
 *   who recomputes it, and needs none: the answers are not secret and not trusted anywhere.
 */

export const SHARE_KEY = 'scan';
export const SHARE_VERSION = 1;

const OPEN = '-';
const UNKNOWN = 'x';

/** FNV-1a, 32 bits, as 8 hex digits: small, fast and enough to notice accidental changes. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Changes whenever a statement is added, removed, renamed or moved, or the scale changes. */
export function scanFingerprint(definition: ScanDefinition): string {
  const structure = definition.dimensions.map((dimension) => `${dimension.id}:${dimension.statements.join(',')}`).join(';');
  return checksum(`${structure}|${definition.points}`);
}

export type ShareError =
  /** The address has no scan in its fragment. */
  | 'missing'
  /** Not in the shape of a share link at all, or cut off. */
  | 'malformed'
  /** Made by a newer (or unknown) version of this page. */
  | 'unsupported-version'
  /** The checksum does not match: damaged or edited. */
  | 'checksum'
  /** Made for an earlier version of the scan's statements. */
  | 'other-scan';

export type ShareResult = { ok: true; answers: Answers; date: string } | { ok: false; error: ShareError };

function statementsOf(definition: ScanDefinition): string[] {
  return definition.dimensions.flatMap((dimension) => dimension.statements);
}

function encodeAnswer(answer: Answer | undefined): string {
  if (answer === undefined) return OPEN;
  return answer === 'unknown' ? UNKNOWN : String(answer);
}

/** `2026-11-22` as `20261122`, and back; undefined for anything that is not a real date. */
function compactDate(date: string): string | undefined {
  return isDate(date) ? date.replaceAll('-', '') : undefined;
}

export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The fragment for these answers, without the `#`: `scan=1.1a2b3c4d.20261122.45x-3.9f8e7d6c`. */
export function encodeShareFragment(definition: ScanDefinition, answers: Answers, date: string): string {
  const day = compactDate(date);
  if (!day) throw new Error(`The scan's date "${date}" is not a date written as YYYY-MM-DD.`);
  const codes = statementsOf(definition)
    .map((statement) => encodeAnswer(answerOf(answers, statement)))
    .join('');
  const body = `${SHARE_VERSION}.${scanFingerprint(definition)}.${day}.${codes}`;
  return `${SHARE_KEY}=${body}.${checksum(body)}`;
}

/** The fragment of a full address or of a bare `#...` string, without the `#`. */
function fragmentOf(input: string): string {
  const hash = input.indexOf('#');
  return (hash >= 0 ? input.slice(hash + 1) : input).trim();
}

/**
 * Reads the answers from a share link, a whole address or just its fragment. Never
 * throws: anything wrong comes back as an error code the page turns into a message.
 */
export function decodeShareFragment(definition: ScanDefinition, input: string): ShareResult {
  let fragment: string;
  try {
    fragment = decodeURIComponent(fragmentOf(input));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  const prefix = `${SHARE_KEY}=`;
  if (!fragment.startsWith(prefix)) return { ok: false, error: 'missing' };
  const parts = fragment.slice(prefix.length).split('.');
  const [version, fingerprint, day, codes, check] = parts;
  if (version === undefined || !/^\d+$/.test(version)) return { ok: false, error: 'malformed' };
  if (Number(version) !== SHARE_VERSION) return { ok: false, error: 'unsupported-version' };
  if (parts.length !== 5 || !fingerprint || !day || codes === undefined || !check) return { ok: false, error: 'malformed' };
  if (!/^[0-9a-f]{8}$/.test(check)) return { ok: false, error: 'malformed' };
  if (checksum(`${version}.${fingerprint}.${day}.${codes}`) !== check) return { ok: false, error: 'checksum' };
  if (fingerprint !== scanFingerprint(definition)) return { ok: false, error: 'other-scan' };

  const statements = statementsOf(definition);
  const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
  // With a matching checksum and fingerprint these hold unless the link was built by hand.
  if (!/^\d{8}$/.test(day) || !isDate(date) || codes.length !== statements.length) return { ok: false, error: 'malformed' };
  const answers = emptyAnswers();
  for (const [index, statement] of statements.entries()) {
    const code = codes[index];
    if (code === OPEN) continue;
    const answer: unknown = code === UNKNOWN ? 'unknown' : Number(code);
    if (!isAnswer(answer, definition.points)) return { ok: false, error: 'malformed' };
    answers[statement] = answer;
  }
  return { ok: true, answers, date };
}

/** Whether an address carries a scan in its fragment (even a broken one). */
export function hasShareFragment(input: string): boolean {
  return fragmentOf(input).startsWith(`${SHARE_KEY}=`);
}
