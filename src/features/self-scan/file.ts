import { answerOf, emptyAnswers, isAnswer, sanitizeAnswers, scoreScan, type Answers, type ScanDefinition } from './scoring.ts';
import { isDate } from './share.ts';

/**
 * The self-scan's answers as a file (download and load again), and as saved in the
 * browser. Answers are kept by statement id, so a file stays readable when statements are
 * added later: it then simply leaves those open.
 */

export const FILE_FORMAT = 'kennisbank-leergemeenschappen/zelfscan';
export const FILE_VERSION = 1;
/** Far above any real export (a few kB); a bigger file is not one of ours. */
export const FILE_MAX_CHARACTERS = 200_000;

export interface ScanFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  /** The day the answers were last changed. */
  date: string;
  /** Per statement id: a scale value, or "unknown" for "don't know". Open statements are left out. */
  answers: Answers;
  /** For people reading the file; ignored when it is loaded again. */
  scores: Record<string, number | null>;
}

export function exportScan(definition: ScanDefinition, answers: Answers, date: string): ScanFile {
  const ordered = emptyAnswers();
  for (const statement of definition.dimensions.flatMap((dimension) => dimension.statements)) {
    const answer = answerOf(answers, statement);
    if (answer !== undefined) ordered[statement] = answer;
  }
  const scores = Object.fromEntries(scoreScan(definition, answers).map((dimension) => [dimension.id, dimension.score]));
  return { format: FILE_FORMAT, version: FILE_VERSION, date, answers: ordered, scores };
}

export type FileError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-a-scan' }
  | { code: 'unsupported-version'; version: string }
  | { code: 'invalid-date'; value: string }
  | { code: 'invalid-answer'; statement: string; value: string }
  | { code: 'other-scan' };

export type FileResult = { ok: true; answers: Answers; date: string | undefined; ignored: string[] } | { ok: false; error: FileError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads a file made by "download answers". Answers to statements this scan no longer has
 * are ignored and listed; a value the scale does not allow stops the import with the
 * statement named, so the reader never gets a result built on a misread file.
 */
export function parseScanFile(definition: ScanDefinition, text: string): FileResult {
  if (text.length > FILE_MAX_CHARACTERS) return { ok: false, error: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isRecord(data) || data['format'] !== FILE_FORMAT || !isRecord(data['answers'])) {
    return { ok: false, error: { code: 'not-a-scan' } };
  }
  if (data['version'] !== FILE_VERSION) {
    return { ok: false, error: { code: 'unsupported-version', version: String(data['version']) } };
  }
  const date = data['date'];
  if (date !== undefined && !isDate(date)) return { ok: false, error: { code: 'invalid-date', value: String(date) } };

  const known = new Set(definition.dimensions.flatMap((dimension) => dimension.statements));
  const answers = emptyAnswers();
  const ignored: string[] = [];
  for (const [statement, value] of Object.entries(data['answers'])) {
    if (!known.has(statement)) {
      ignored.push(statement);
      continue;
    }
    if (value === null) continue;
    if (!isAnswer(value, definition.points)) {
      return { ok: false, error: { code: 'invalid-answer', statement, value: JSON.stringify(value) } };
    }
    answers[statement] = value;
  }
  if (ignored.length > 0 && Object.keys(answers).length === 0) return { ok: false, error: { code: 'other-scan' } };
  return { ok: true, answers, date, ignored };
}

/** The step a reader was at: a dimension's index, or the result. */
export type ScanStep = number | 'result';

/** What the page keeps in the browser's localStorage, and nowhere else. */
export interface StoredScan {
  answers: Answers;
  date: string | undefined;
  step: ScanStep;
  /** A scan loaded to compare with, kept so a reload shows the same comparison. */
  compare?: { answers: Answers; date: string | undefined } | undefined;
}

export const STORAGE_KEY = 'kennisbank-leergemeenschappen:zelfscan';

export function serializeStored(stored: StoredScan): string {
  return JSON.stringify({ version: FILE_VERSION, ...stored });
}

/**
 * Reads what was saved, keeping whatever still fits the scan. Saved data is the reader's
 * own and may come from an older version of the page, so nothing here is an error: the
 * worst case is an empty scan.
 */
export function parseStored(definition: ScanDefinition, text: string | null): StoredScan {
  const empty: StoredScan = { answers: emptyAnswers(), date: undefined, step: 0 };
  if (!text) return empty;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return empty;
  }
  if (!isRecord(data)) return empty;
  const answers = sanitizeAnswers(definition, data['answers']);
  const step =
    data['step'] === 'result' ||
    (Number.isInteger(data['step']) && Number(data['step']) >= 0 && Number(data['step']) < definition.dimensions.length)
      ? (data['step'] as ScanStep)
      : 0;
  const compareData = data['compare'];
  const compare = isRecord(compareData)
    ? { answers: sanitizeAnswers(definition, compareData['answers']), date: isDate(compareData['date']) ? compareData['date'] : undefined }
    : undefined;
  return { answers, date: isDate(data['date']) ? data['date'] : undefined, step, ...(compare ? { compare } : {}) };
}
