import type { ActionScanConfig } from '../config.ts';
import type { StoredScan } from '../file.ts';
import type { Answers } from '../scoring.ts';
import type { Translate } from './text.ts';

/** A scan opened from a share link (#scan=...): shown read-only, never written over the reader's own. */
export interface SharedScan {
  answers: Answers;
  date: string;
}

/**
 * What the self-scan shows now. The entry makes the one object and hands it to every module
 * that reads or changes it, so no module keeps state of its own that another one changes.
 */
export interface ScanState {
  /** The reader's own scan, as kept in this browser. */
  own: StoredScan;
  /** A scan from the address, shown instead of the reader's own. */
  shared: SharedScan | undefined;
  view: 'steps' | 'result';
  /** The form's current step; `own.step` is where the reader left, which can also be the result. */
  step: number;
}

/** What every module of the self-scan gets: the page's config and words, the state, and a way to keep it. */
export interface ScanContext {
  config: ActionScanConfig;
  t: Translate;
  state: ScanState;
  /** Keeps the reader's own scan in this browser (a no-op once storage has failed). */
  save(): void;
}

/** The scan shown: a shared one from the address, or the reader's own. */
export function shownScan(state: ScanState): { answers: Answers; date: string | undefined; shared: boolean } {
  return state.shared ? { ...state.shared, shared: true } : { answers: state.own.answers, date: state.own.date, shared: false };
}
