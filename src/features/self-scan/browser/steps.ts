import { answerOf, progressOf, type Answers } from '../scoring.ts';
import { required } from './dom.ts';
import type { ScanPage } from './page.ts';
import type { Progress } from './progress.ts';
import type { ScanContext } from './scan-state.ts';
import { today } from './text.ts';

/**
 * The form as steps: one dimension at a time, with previous and next, and every answer
 * kept the moment it is given. The radios stay the form's own; this shows one step at a
 * time, reads the radios and fills them in.
 */
export interface StepView {
  /** Shows a step (clamped to the first and last), by default moving focus to its heading. */
  show(index: number, focus?: boolean): void;
  /** Puts these answers into the radios. */
  fill(answers: Answers): void;
}

export function createStepView(page: ScanPage, context: ScanContext, progress: Progress): StepView {
  const { config, t, state, save } = context;
  const { root, form } = page;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const nav = required<HTMLElement>(root, '[data-scan-nav]');
  const previous = required<HTMLElement>(nav, '[data-scan-previous]');
  const next = required<HTMLElement>(nav, '[data-scan-next]');
  const last = steps.length - 1;

  const show = (index: number, focus = true): void => {
    state.view = 'steps';
    state.step = Math.max(0, Math.min(index, last));
    root.dataset['view'] = 'steps';
    form.hidden = false;
    steps.forEach((step, position) => {
      step.hidden = position !== state.step;
    });
    nav.hidden = false;
    previous.hidden = state.step === 0;
    next.hidden = state.step === last;
    page.finish.classList.toggle('button--secondary', state.step !== last);
    page.result.hidden = true;
    page.advice.hidden = true;
    page.sharedBanner.hidden = true;
    progress.show('steps');
    state.own.step = state.step;
    save();
    progress.count(state.own.answers);
    const step = steps[state.step];
    const { answered, total } = progressOf(config.definition, state.own.answers);
    progress.announce(
      t('scan.progress.step', {
        current: state.step + 1,
        total: steps.length,
        title: config.titles[step?.dataset['step'] ?? ''] ?? '',
        answered,
        statements: total,
      }),
    );
    if (focus) step?.querySelector<HTMLElement>('h2')?.focus();
  };

  form.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.checked) return;
    state.own.answers[input.name] = input.value === 'unknown' ? 'unknown' : Number(input.value);
    state.own.date = today();
    save();
    progress.count(state.own.answers);
  });
  // No submit: the form is only a set of controls, and nothing is ever sent.
  form.addEventListener('submit', (event) => event.preventDefault());
  previous.addEventListener('click', () => show(state.step - 1));
  next.addEventListener('click', () => show(state.step + 1));
  // From the result back into the form: from the start, or at the step of one dimension's advice.
  required<HTMLElement>(page.result, '[data-scan-edit]').addEventListener('click', () => show(0));
  for (const button of page.advice.querySelectorAll<HTMLButtonElement>('[data-goto-step]')) {
    button.addEventListener('click', () => show(steps.findIndex((step) => step.dataset['step'] === button.dataset['gotoStep'])));
  }

  return {
    show,
    fill(answers) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        input.checked = String(answerOf(answers, input.name) ?? '') === input.value;
      }
    },
  };
}
