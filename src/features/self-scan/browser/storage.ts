import { parseStored, serializeStored, STORAGE_KEY, type StoredScan } from '../file.ts';
import type { ScanDefinition } from '../scoring.ts';

/**
 * The reader's own answers in this browser's localStorage, and nowhere else. Storage can be
 * refused (blocked site data, a full quota): the scan then still works while the page is
 * open, and the caller tells the reader that nothing will be kept.
 */
export interface AnswerStore {
  /** What this browser kept last time, or an empty scan. */
  readonly kept: StoredScan;
  /** False once reading or writing failed; nothing is written after that. */
  readonly works: boolean;
  save(scan: StoredScan): void;
}

/** Reads the kept scan; `onWriteFailure` runs once, when a write first fails. */
export function openAnswerStore(definition: ScanDefinition, onWriteFailure: () => void): AnswerStore {
  let works = true;
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    works = false;
  }
  return {
    kept: parseStored(definition, text),
    get works() {
      return works;
    },
    save(scan) {
      if (!works) return;
      try {
        window.localStorage.setItem(STORAGE_KEY, serializeStored(scan));
      } catch {
        works = false;
        onWriteFailure();
      }
    },
  };
}
