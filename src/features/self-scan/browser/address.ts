import type { Answers } from '../scoring.ts';
import { decodeShareFragment, hasShareFragment } from '../share.ts';
import { required } from './dom.ts';
import { hideOwnControls, type ScanPage } from './page.ts';
import type { ResultView } from './result-view.ts';
import type { ScanContext, ScanState } from './scan-state.ts';
import type { StepView } from './steps.ts';

/**
 * The address decides what shows: a share link (#scan=...) opens that scan's result
 * read-only, any other address the reader's own scan where they left it. The reader's own
 * answers follow to the other language's page through this browser's storage; a shared scan
 * follows through the fragment on the language switch.
 */
export interface Address {
  /** Shows what the address asks for; `focus` moves focus to what is shown. */
  read(focus: boolean): void;
}

/** What the address shows, and what the shared banner's "make it my own" does. */
export interface AddressViews {
  steps: StepView;
  result: ResultView;
  /** Replaces the reader's own answers with these and shows their result. */
  adopt(answers: Answers, date: string): void;
}

function syncLanguageSwitch(page: ScanPage, state: ScanState): void {
  if (page.languageSwitch) page.languageSwitch.hash = state.shared ? window.location.hash : '';
}

/** Back to the reader's own scan: the share fragment leaves the address, the own controls come back. */
export function leaveShared(page: ScanPage, state: ScanState): void {
  state.shared = undefined;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  syncLanguageSwitch(page, state);
  hideOwnControls(page, false);
}

export function createAddress(page: ScanPage, context: ScanContext, views: AddressViews): Address {
  const { config, t, state } = context;
  const errorBox = required<HTMLElement>(page.root, '[data-scan-error]');
  const errorText = required<HTMLElement>(errorBox, '[data-scan-error-text]');

  const showOwn = (focus: boolean): void => {
    if (state.own.step === 'result') views.result.show(focus);
    else views.steps.show(state.own.step, focus);
  };

  const read = (focus: boolean): void => {
    errorBox.hidden = true;
    state.shared = undefined;
    syncLanguageSwitch(page, state);
    if (hasShareFragment(window.location.hash)) {
      const decoded = decodeShareFragment(config.definition, window.location.hash);
      if (decoded.ok) {
        state.shared = { answers: decoded.answers, date: decoded.date };
        syncLanguageSwitch(page, state);
        views.result.show(focus);
        return;
      }
      errorText.textContent = `${t(`scan.shareError.${decoded.error}`)} ${t('scan.error.own')}`;
      errorBox.hidden = false;
      showOwn(false);
      // The reader followed a link expecting a result: tell them first why there is none.
      errorBox.focus();
      return;
    }
    hideOwnControls(page, false);
    showOwn(focus);
  };

  required<HTMLElement>(page.sharedBanner, '[data-shared-adopt]').addEventListener('click', () => {
    const { shared } = state;
    if (!shared) return;
    if (Object.keys(state.own.answers).length > 0 && !window.confirm(t('scan.shared.adoptConfirm'))) return;
    views.adopt({ ...shared.answers }, shared.date);
    page.toolsStatus.textContent = t('scan.status.adopted');
  });
  required<HTMLElement>(page.sharedBanner, '[data-shared-own]').addEventListener('click', () => {
    leaveShared(page, state);
    showOwn(true);
  });
  window.addEventListener('hashchange', () => {
    if (hasShareFragment(window.location.hash)) read(true);
  });

  return { read };
}
