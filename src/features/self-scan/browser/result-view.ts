import { progressOf, scoreScan } from '../scoring.ts';
import { required } from './dom.ts';
import { hideOwnControls, type ScanPage } from './page.ts';
import type { Progress } from './progress.ts';
import { renderResult } from './result.ts';
import { shownScan, type ScanContext } from './scan-state.ts';
import { formatDate } from './text.ts';

/**
 * The result view: the form makes way for the chart, the table and the advice of the scan
 * shown, the reader's own or a shared one (with its banner, and without the controls that
 * would change the reader's own answers). result.ts draws what is in it.
 */
export interface ResultView {
  /** Shows the result, by default moving focus to its heading. */
  show(focus?: boolean): void;
  /** Draws the result again where it is, e.g. after the comparison changed. */
  render(): void;
}

export function createResultView(page: ScanPage, context: ScanContext, progress: Progress): ResultView {
  const { config, t, state, save } = context;
  const { definition } = config;
  const heading = required<HTMLElement>(page.result, 'h2');
  const sharedText = required<HTMLElement>(page.sharedBanner, '[data-shared-text]');
  const compareClear = required<HTMLButtonElement>(page.root, '[data-compare-clear]');

  const render = (): void => {
    const scan = shownScan(state);
    const { answered, total } = progressOf(definition, scan.answers);
    const compare = state.own.compare
      ? { scores: scoreScan(definition, state.own.compare.answers), date: state.own.compare.date }
      : undefined;
    renderResult(page.root, config, t, { scores: scoreScan(definition, scan.answers), answered, total, date: scan.date, compare });
    compareClear.hidden = !state.own.compare;
  };

  const show = (focus = true): void => {
    state.view = 'result';
    page.root.dataset['view'] = 'result';
    page.form.hidden = true;
    page.result.hidden = false;
    page.advice.hidden = false;
    progress.show('result');
    page.sharedBanner.hidden = !state.shared;
    hideOwnControls(page, Boolean(state.shared));
    if (state.shared) {
      sharedText.textContent = t('scan.shared.text', { date: formatDate(config.dateLocale, state.shared.date) });
      progress.announce(t('scan.progress.shared'));
    } else {
      state.own.step = 'result';
      save();
      const { answered, total } = progressOf(definition, state.own.answers);
      progress.announce(t('scan.progress.result', { answered, statements: total }));
    }
    render();
    if (focus) heading.focus();
  };

  // The form's "show result" button opens this view; the way back is in steps.ts.
  page.finish.addEventListener('click', () => show());
  return { show, render };
}
