/**
 * Scoring the self-scan. Pure: used by the page's script in the browser and by the build
 * (for the scoring explanation), so both give the same numbers.
 */

export type ScoreBand = 'low' | 'middle' | 'high';

/** What the scoring needs to know of the scan: its structure, never its wording. */
export interface ScanDefinition {
  /** Dimensions in the scan's order, each with its statements' ids in order. */
  dimensions: { id: string; statements: string[] }[];
  /** The number of answer options: values run from 1 to this number. */
  points: number;
  /** Where the middle and the high band begin, on the 0-100 score. */
  bands: { middleFrom: number; highFrom: number };
}

/** The scoring's view of the scan's content: dimensions by their order, statements by id. */
export function definitionFrom(
  settings: { scale: readonly unknown[]; bands: ScanDefinition['bands'] },
  dimensions: readonly { id: string; order: number; statements: readonly { id: string }[] }[],
): ScanDefinition {
  return {
    dimensions: [...dimensions]
      .sort((a, b) => a.order - b.order)
      .map((dimension) => ({ id: dimension.id, statements: dimension.statements.map((statement) => statement.id) })),
    points: settings.scale.length,
    bands: { middleFrom: settings.bands.middleFrom, highFrom: settings.bands.highFrom },
  };
}

/** An answer: a value on the scale, or "don't know". An open statement has no entry. */
export type Answer = number | 'unknown';
export type Answers = Record<string, Answer>;

/**
 * Statement ids are data written by authors (any id, `constructor` or `__proto__`
 * included), so answers live in an object without a prototype and are read through
 * `answerOf`, never by plain indexing, which would find Object.prototype's members.
 */
export function emptyAnswers(): Answers {
  return Object.create(null) as Answers;
}

/** The answer to one statement, or undefined when it is open. */
export function answerOf(answers: Answers, statement: string): Answer | undefined {
  return Object.hasOwn(answers, statement) ? answers[statement] : undefined;
}

export interface DimensionScore {
  id: string;
  /** Statements in the dimension. */
  total: number;
  /** Statements answered with a value on the scale: only these count in the score. */
  answered: number;
  /** Statements answered with "don't know". */
  unknown: number;
  /** 0-100, or null when no statement of the dimension has a value. */
  score: number | null;
  band: ScoreBand | null;
}

export function isAnswer(value: unknown, points: number): value is Answer {
  return value === 'unknown' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points);
}

/** Keeps only answers to statements this scan has, with values its scale allows. */
export function sanitizeAnswers(definition: ScanDefinition, raw: unknown): Answers {
  const answers = emptyAnswers();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return answers;
  const known = new Set(definition.dimensions.flatMap((dimension) => dimension.statements));
  for (const [id, value] of Object.entries(raw)) {
    if (known.has(id) && isAnswer(value, definition.points)) answers[id] = value;
  }
  return answers;
}

/** The points an answer value is worth, from 0 (lowest option) to 100 (highest). */
export function pointsFor(value: number, points: number): number {
  return ((value - 1) / (points - 1)) * 100;
}

export function bandOf(score: number, bands: ScanDefinition['bands']): ScoreBand {
  if (score >= bands.highFrom) return 'high';
  if (score >= bands.middleFrom) return 'middle';
  return 'low';
}

/**
 * The score per dimension: the average of the points of its answered statements, rounded
 * to a whole number. "Don't know" and open statements do not count, so they neither lower
 * nor raise a score; a dimension without any value has no score (null) and no band.
 */
export function scoreScan(definition: ScanDefinition, answers: Answers): DimensionScore[] {
  return definition.dimensions.map(({ id, statements }) => {
    const values = statements
      .map((statement) => answerOf(answers, statement))
      .filter((answer): answer is number => typeof answer === 'number');
    const unknown = statements.filter((statement) => answerOf(answers, statement) === 'unknown').length;
    const score =
      values.length === 0 ? null : Math.round(values.reduce((sum, value) => sum + pointsFor(value, definition.points), 0) / values.length);
    return {
      id,
      total: statements.length,
      answered: values.length,
      unknown,
      score,
      band: score === null ? null : bandOf(score, definition.bands),
    };
  });
}

/** How far the reader is: statements with any answer (don't know included) of all statements. */
export function progressOf(definition: ScanDefinition, answers: Answers): { answered: number; total: number } {
  const statements = definition.dimensions.flatMap((dimension) => dimension.statements);
  return { answered: statements.filter((statement) => answerOf(answers, statement) !== undefined).length, total: statements.length };
}
