import { CONFIG_ATTRIBUTE, type ActionScanConfig } from '../config.ts';
import { createAddress } from './address.ts';
import { createOwnScan } from './own-scan.ts';
import { findScanPage } from './page.ts';
import { createProgress } from './progress.ts';
import { createResultView } from './result-view.ts';
import type { ScanContext, ScanState } from './scan-state.ts';
import { createStepView } from './steps.ts';
import { openAnswerStore } from './storage.ts';
import { translator } from './text.ts';
import { startTools } from './tools.ts';

/**
 * The self-scan in the browser. The page arrives as one long form (which is what readers
 * without JavaScript get); this turns it into one dimension per step, with the result as
 * the last view. Answers are kept in localStorage on every change and never leave the
 * browser. A share link (#scan=...) opens a read-only result without touching the
 * reader's own answers.
 *
 * This file only wires the parts together, each doing one thing: storage.ts keeps the
 * answers, steps.ts runs the form, result-view.ts shows the result, progress.ts the
 * progress line, address.ts follows the address, own-scan.ts replaces or clears the
 * reader's scan, tools.ts keeps, shares and compares. They share one ScanState
 * (scan-state.ts), made here and handed to each, and the page's parts (page.ts).
 */
function start(root: HTMLElement, config: ActionScanConfig): void {
  const t = translator(config.messages);
  const page = findScanPage(root);
  const sayStorageUnavailable = (): void => {
    page.toolsStatus.textContent = t('scan.status.storageUnavailable');
  };
  const store = openAnswerStore(config.definition, sayStorageUnavailable);
  const state: ScanState = { own: store.kept, shared: undefined, view: 'steps', step: 0 };
  const context: ScanContext = { config, t, state, save: () => store.save(state.own) };

  const progress = createProgress(root, context);
  const steps = createStepView(page, context, progress);
  const result = createResultView(page, context, progress);
  const ownScan = createOwnScan(page, context, steps, result);
  const address = createAddress(page, context, { steps, result, adopt: ownScan.replace });
  startTools(page, context, ownScan);

  steps.fill(state.own.answers);
  if (!store.works) sayStorageUnavailable();
  address.read(false);
}

const root = document.querySelector<HTMLElement>('[data-action-scan]');
const configElement = document.querySelector<HTMLScriptElement>(`script[${CONFIG_ATTRIBUTE}]`);
if (root && configElement) start(root, JSON.parse(configElement.textContent ?? '{}') as ActionScanConfig);
