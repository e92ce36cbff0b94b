import { progressOf, type Answers } from '../scoring.ts';
import { required } from './dom.ts';
import type { ScanContext } from './scan-state.ts';

/**
 * The progress line above the form and the result: a bar and a count of the statements
 * answered, and a live status that tells screen-reader users where they are.
 */
export interface Progress {
  /** Shows the progress line, styled for the form's steps or for the result. */
  show(view: 'steps' | 'result'): void;
  /** Sets the bar and the count for these answers. */
  count(answers: Answers): void;
  /** Says where the reader is now, through the live status. */
  announce(text: string): void;
}

export function createProgress(root: HTMLElement, { config, t }: ScanContext): Progress {
  const element = required<HTMLElement>(root, '[data-scan-progress]');
  const bar = required<HTMLProgressElement>(element, '[data-progress-bar]');
  const count = required<HTMLElement>(element, '[data-progress-count]');
  const status = required<HTMLElement>(element, '[data-progress-status]');
  return {
    show(view) {
      element.hidden = false;
      element.classList.toggle('scan-progress--result', view === 'result');
    },
    count(answers) {
      const { answered, total } = progressOf(config.definition, answers);
      bar.value = answered;
      count.textContent = t('scan.progress.count', { answered, total });
    },
    announce(text) {
      status.textContent = text;
    },
  };
}
