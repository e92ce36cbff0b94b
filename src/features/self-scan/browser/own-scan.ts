import type { StoredScan } from '../file.ts';
import { emptyAnswers, type Answers } from '../scoring.ts';
import { leaveShared } from './address.ts';
import type { ScanPage } from './page.ts';
import type { ResultView } from './result-view.ts';
import type { ScanContext } from './scan-state.ts';
import type { StepView } from './steps.ts';
import { today } from './text.ts';

/**
 * Changes to the reader's own scan as a whole, made by the tools and the shared banner:
 * each keeps the state, the storage, the form and the view in step.
 */
export interface OwnScan {
  /** Replaces the reader's own answers (loaded file, adopted link) and shows their result. */
  replace(answers: Answers, date: string | undefined): void;
  /** Starts over: no answers, no comparison, the first step. */
  clear(): void;
  /** Sets the scan to compare with (undefined: none) and shows the result with it. */
  compareWith(scan: StoredScan['compare']): void;
}

export function createOwnScan(page: ScanPage, context: ScanContext, steps: StepView, result: ResultView): OwnScan {
  const { state, save } = context;
  return {
    replace(answers, date) {
      state.own.answers = answers;
      state.own.date = date ?? today();
      leaveShared(page, state);
      steps.fill(state.own.answers);
      result.show();
    },
    clear() {
      state.own.answers = emptyAnswers();
      state.own.date = undefined;
      state.own.compare = undefined;
      leaveShared(page, state);
      steps.fill(state.own.answers);
      steps.show(0);
    },
    compareWith(scan) {
      state.own.compare = scan;
      save();
      if (state.view === 'result') result.render();
      else result.show();
    },
  };
}
