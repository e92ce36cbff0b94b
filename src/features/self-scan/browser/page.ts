import { required } from './dom.ts';

/**
 * The parts of the self-scan page that more than one module shows, hides or writes to,
 * looked up once. A part only one module uses is looked up in that module.
 */
export interface ScanPage {
  root: HTMLElement;
  form: HTMLFormElement;
  /** The form's "show result" button: the step view styles it, the result view opens on it. */
  finish: HTMLElement;
  result: HTMLElement;
  advice: HTMLElement;
  /** The banner over a scan opened from a share link. */
  sharedBanner: HTMLElement;
  /** Where the tools say what happened (role="status"). */
  toolsStatus: HTMLElement;
  /** The header's link to this page in the other language, when there is one. */
  languageSwitch: HTMLAnchorElement | null;
}

export function findScanPage(root: HTMLElement): ScanPage {
  return {
    root,
    form: required<HTMLFormElement>(root, '[data-scan-form]'),
    finish: required<HTMLElement>(root, '[data-scan-finish]'),
    result: required<HTMLElement>(root, '[data-scan-result]'),
    advice: required<HTMLElement>(root, '[data-scan-advice]'),
    sharedBanner: required<HTMLElement>(root, '[data-scan-shared]'),
    toolsStatus: required<HTMLElement>(root, '[data-tools-status]'),
    languageSwitch: document.querySelector<HTMLAnchorElement>('a[data-language-switch]'),
  };
}

/** Hides the controls that change the reader's own answers (while a shared scan shows), or shows them again. */
export function hideOwnControls(page: ScanPage, hidden: boolean): void {
  for (const element of page.root.querySelectorAll<HTMLElement>('[data-own-only], [data-scan-edit]')) element.hidden = hidden;
}
