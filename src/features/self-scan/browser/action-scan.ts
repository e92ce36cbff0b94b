import { CONFIG_ATTRIBUTE, type ActionScanConfig } from '../config.ts';
import { parseStored, serializeStored, STORAGE_KEY, type StoredScan } from '../file.ts';
import { answerOf, emptyAnswers, progressOf, scoreScan, type Answers } from '../scoring.ts';
import { decodeShareFragment, hasShareFragment } from '../share.ts';
import { required } from './dom.ts';
import { renderResult } from './result.ts';
import { formatDate, translator, today } from './text.ts';
import { startTools } from './tools.ts';

/**
 * The self-scan in the browser. The page arrives as one long form (which is what readers
 * without JavaScript get); this turns it into one dimension per step, with the result as
 * the last view. Answers are kept in localStorage on every change and never leave the
 * browser. A share link (#scan=...) opens a read-only result without touching the
 * reader's own answers.
 */

export interface ScanController {
  config: ActionScanConfig;
  t: ReturnType<typeof translator>;
  own: StoredScan;
  /** The scan shown: a shared one from the address, or the reader's own. */
  shown(): { answers: Answers; date: string | undefined; shared: boolean };
  save(): void;
  showStep(index: number, focus?: boolean): void;
  showResult(focus?: boolean): void;
  /** Replaces the reader's own answers (loaded file, adopted link) and shows their result. */
  replaceOwn(answers: Answers, date: string | undefined): void;
  clearOwn(): void;
  refresh(): void;
}

function start(root: HTMLElement, config: ActionScanConfig): void {
  const t = translator(config.messages);
  const { definition } = config;
  const form = required<HTMLFormElement>(root, '[data-scan-form]');
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const nav = required<HTMLElement>(root, '[data-scan-nav]');
  const progress = required<HTMLElement>(root, '[data-scan-progress]');
  const result = required<HTMLElement>(root, '[data-scan-result]');
  const advice = required<HTMLElement>(root, '[data-scan-advice]');
  const tools = required<HTMLElement>(root, '[data-scan-tools]');
  const sharedBanner = required<HTMLElement>(root, '[data-scan-shared]');
  const errorBox = required<HTMLElement>(root, '[data-scan-error]');
  const toolsStatus = required<HTMLElement>(root, '[data-tools-status]');

  let storageWorks = true;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    storageWorks = false;
  }
  const own = parseStored(definition, stored);
  let shared: { answers: Answers; date: string } | undefined;
  let view: 'steps' | 'result' = 'steps';
  let current = 0;

  const save = (): void => {
    if (!storageWorks) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, serializeStored(own));
    } catch {
      storageWorks = false;
      toolsStatus.textContent = t('scan.status.storageUnavailable');
    }
  };

  const writeForm = (answers: Answers): void => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.checked = String(answerOf(answers, input.name) ?? '') === input.value;
    }
  };

  const updateCount = (): void => {
    const { answered, total } = progressOf(definition, own.answers);
    required<HTMLProgressElement>(progress, '[data-progress-bar]').value = answered;
    required<HTMLElement>(progress, '[data-progress-count]').textContent = t('scan.progress.count', { answered, total });
  };

  const announce = (text: string): void => {
    required<HTMLElement>(progress, '[data-progress-status]').textContent = text;
  };

  // The other language's scan shares this browser's storage, so the reader's own answers
  // follow by themselves; a shared scan follows through the fragment on the switch link.
  const languageSwitch = document.querySelector<HTMLAnchorElement>('a[data-language-switch]');
  const syncLanguageSwitch = (): void => {
    if (languageSwitch) languageSwitch.hash = shared ? window.location.hash : '';
  };

  const shown = () => (shared ? { ...shared, shared: true } : { answers: own.answers, date: own.date, shared: false });

  const renderShown = (): void => {
    const scan = shown();
    const { answered, total } = progressOf(definition, scan.answers);
    const compare = own.compare ? { scores: scoreScan(definition, own.compare.answers), date: own.compare.date } : undefined;
    renderResult(root, config, t, { scores: scoreScan(definition, scan.answers), answered, total, date: scan.date, compare });
    required<HTMLButtonElement>(root, '[data-compare-clear]').hidden = !own.compare;
  };

  const showStep = (index: number, focus = true): void => {
    view = 'steps';
    current = Math.max(0, Math.min(index, steps.length - 1));
    root.dataset['view'] = 'steps';
    form.hidden = false;
    steps.forEach((step, position) => {
      step.hidden = position !== current;
    });
    nav.hidden = false;
    required<HTMLElement>(nav, '[data-scan-previous]').hidden = current === 0;
    required<HTMLElement>(nav, '[data-scan-next]').hidden = current === steps.length - 1;
    required<HTMLElement>(nav, '[data-scan-finish]').classList.toggle('button--secondary', current !== steps.length - 1);
    result.hidden = true;
    advice.hidden = true;
    sharedBanner.hidden = true;
    progress.hidden = false;
    progress.classList.remove('scan-progress--result');
    own.step = current;
    save();
    updateCount();
    const step = steps[current];
    const { answered, total } = progressOf(definition, own.answers);
    announce(t('scan.progress.step', { current: current + 1, total: steps.length, title: config.titles[step?.dataset['step'] ?? ''] ?? '', answered, statements: total }));
    if (focus) step?.querySelector<HTMLElement>('h2')?.focus();
  };

  const showResult = (focus = true): void => {
    view = 'result';
    root.dataset['view'] = 'result';
    form.hidden = true;
    result.hidden = false;
    advice.hidden = false;
    progress.hidden = false;
    progress.classList.add('scan-progress--result');
    sharedBanner.hidden = !shared;
    for (const element of root.querySelectorAll<HTMLElement>('[data-own-only], [data-scan-edit]')) element.hidden = Boolean(shared);
    if (shared) {
      required<HTMLElement>(sharedBanner, '[data-shared-text]').textContent = t('scan.shared.text', { date: formatDate(config.lang, shared.date) });
      announce(t('scan.progress.shared'));
    } else {
      own.step = 'result';
      save();
      const { answered, total } = progressOf(definition, own.answers);
      announce(t('scan.progress.result', { answered, statements: total }));
    }
    renderShown();
    if (focus) required<HTMLElement>(result, 'h2').focus();
  };

  const showOwn = (focus: boolean): void => {
    if (own.step === 'result') showResult(focus);
    else showStep(own.step, focus);
  };

  const readAddress = (focus: boolean): void => {
    errorBox.hidden = true;
    shared = undefined;
    syncLanguageSwitch();
    if (hasShareFragment(window.location.hash)) {
      const decoded = decodeShareFragment(definition, window.location.hash);
      if (decoded.ok) {
        shared = { answers: decoded.answers, date: decoded.date };
        syncLanguageSwitch();
        showResult(focus);
        return;
      }
      required<HTMLElement>(errorBox, '[data-scan-error-text]').textContent = `${t(`scan.shareError.${decoded.error}`)} ${t('scan.error.own')}`;
      errorBox.hidden = false;
      showOwn(false);
      // The reader followed a link expecting a result: tell them first why there is none.
      errorBox.focus();
      return;
    }
    for (const element of root.querySelectorAll<HTMLElement>('[data-own-only], [data-scan-edit]')) element.hidden = false;
    showOwn(focus);
  };

  const leaveShared = (): void => {
    shared = undefined;
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    syncLanguageSwitch();
    for (const element of root.querySelectorAll<HTMLElement>('[data-own-only], [data-scan-edit]')) element.hidden = false;
  };

  const controller: ScanController = {
    config,
    t,
    own,
    shown,
    save,
    showStep,
    showResult,
    replaceOwn(answers, date) {
      own.answers = answers;
      own.date = date ?? today();
      leaveShared();
      writeForm(own.answers);
      showResult();
    },
    clearOwn() {
      own.answers = emptyAnswers();
      own.date = undefined;
      own.compare = undefined;
      leaveShared();
      writeForm(own.answers);
      showStep(0);
    },
    refresh() {
      if (view === 'result') renderShown();
      else showResult();
    },
  };

  form.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.checked) return;
    own.answers[input.name] = input.value === 'unknown' ? 'unknown' : Number(input.value);
    own.date = today();
    save();
    updateCount();
  });
  // No submit: the form is only a set of controls, and nothing is ever sent.
  form.addEventListener('submit', (event) => event.preventDefault());
  required<HTMLElement>(nav, '[data-scan-previous]').addEventListener('click', () => showStep(current - 1));
  required<HTMLElement>(nav, '[data-scan-next]').addEventListener('click', () => showStep(current + 1));
  required<HTMLElement>(nav, '[data-scan-finish]').addEventListener('click', () => showResult());
  required<HTMLElement>(result, '[data-scan-edit]').addEventListener('click', () => showStep(0));
  for (const button of advice.querySelectorAll<HTMLButtonElement>('[data-goto-step]')) {
    button.addEventListener('click', () => showStep(steps.findIndex((step) => step.dataset['step'] === button.dataset['gotoStep'])));
  }
  required<HTMLElement>(sharedBanner, '[data-shared-adopt]').addEventListener('click', () => {
    if (!shared) return;
    if (Object.keys(own.answers).length > 0 && !window.confirm(t('scan.shared.adoptConfirm'))) return;
    const { answers, date } = shared;
    controller.replaceOwn({ ...answers }, date);
    toolsStatus.textContent = t('scan.status.adopted');
  });
  required<HTMLElement>(sharedBanner, '[data-shared-own]').addEventListener('click', () => {
    leaveShared();
    showOwn(true);
  });
  window.addEventListener('hashchange', () => {
    if (hasShareFragment(window.location.hash)) readAddress(true);
  });

  startTools(root, controller);
  writeForm(own.answers);
  tools.hidden = false;
  if (!storageWorks) toolsStatus.textContent = t('scan.status.storageUnavailable');
  readAddress(false);
}

const root = document.querySelector<HTMLElement>('[data-action-scan]');
const configElement = document.querySelector<HTMLScriptElement>(`script[${CONFIG_ATTRIBUTE}]`);
if (root && configElement) start(root, JSON.parse(configElement.textContent ?? '{}') as ActionScanConfig);
