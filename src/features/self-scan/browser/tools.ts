import { exportScan, FILE_MAX_CHARACTERS, parseScanFile, type FileError } from '../file.ts';
import type { Answers } from '../scoring.ts';
import { decodeShareFragment, encodeShareFragment } from '../share.ts';
import { required } from './dom.ts';
import type { OwnScan } from './own-scan.ts';
import type { ScanPage } from './page.ts';
import { shownScan, type ScanContext } from './scan-state.ts';
import { formatDate, today } from './text.ts';

/**
 * Keep, share and compare. Files are made and read in the browser (a Blob to download,
 * a file input to load), and a share link is only ever put in a text field for the reader
 * to copy: nothing here makes a request. The tools need this script, so they show only
 * once it runs.
 */
export function startTools(page: ScanPage, context: ScanContext, ownScan: OwnScan): void {
  const { config, t, state } = context;
  const { definition } = config;
  const { root, toolsStatus: status } = page;
  const tools = required<HTMLElement>(root, '[data-scan-tools]');
  const alert = required<HTMLElement>(root, '[data-tools-error]');
  const shareOutput = required<HTMLElement>(root, '[data-share-output]');
  const shareField = required<HTMLInputElement>(root, '[data-share-link]');
  const compareLink = required<HTMLInputElement>(root, '[data-compare-link]');

  const say = (text: string): void => {
    alert.hidden = true;
    alert.textContent = '';
    status.textContent = text;
  };
  const fail = (text: string): void => {
    status.textContent = '';
    alert.textContent = text;
    alert.hidden = false;
  };

  /** A statement's own words, for a message about its answer. */
  const statementText = (id: string): string => {
    const legend = [...root.querySelectorAll<HTMLElement>('[data-statement]')]
      .find((fieldset) => fieldset.dataset['statement'] === id)
      ?.querySelector('legend');
    return legend?.textContent?.replace(/^\s*\d+\.\s*/, '').trim() ?? id;
  };

  const fileProblem = (name: string, error: FileError | { code: 'read' }): string => {
    let reason: string;
    switch (error.code) {
      case 'unsupported-version':
        reason = t('scan.fileError.unsupported-version', { version: error.version });
        break;
      case 'invalid-date':
        reason = t('scan.fileError.invalid-date', { value: error.value });
        break;
      case 'invalid-answer':
        reason = t('scan.fileError.invalid-answer', {
          statement: statementText(error.statement),
          value: error.value,
          points: definition.points,
        });
        break;
      default:
        reason = t(`scan.fileError.${error.code}`);
    }
    return `${t('scan.fileError.title', { file: name })} ${reason} ${t('scan.error.own')}`;
  };

  /** Reads the chosen file; reports a problem and gives undefined when it cannot. */
  const readChosen = async (
    input: HTMLInputElement,
  ): Promise<{ name: string; answers: Answers; date: string | undefined; ignored: number } | undefined> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return undefined;
    // Bytes, not characters: a UTF-8 character takes at most four.
    if (file.size > FILE_MAX_CHARACTERS * 4) {
      fail(fileProblem(file.name, { code: 'too-large' }));
      return undefined;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      fail(fileProblem(file.name, { code: 'read' }));
      return undefined;
    }
    const parsed = parseScanFile(definition, text);
    if (!parsed.ok) {
      fail(fileProblem(file.name, parsed.error));
      return undefined;
    }
    return { name: file.name, answers: parsed.answers, date: parsed.date, ignored: parsed.ignored.length };
  };

  const compareWith = (answers: Answers, date: string | undefined): void => {
    ownScan.compareWith({ answers, date });
    say(t('scan.status.compared', { date: date ? formatDate(config.dateLocale, date) : t('scan.compare.noDate') }));
  };

  required<HTMLElement>(root, '[data-scan-print]').addEventListener('click', () => window.print());

  required<HTMLElement>(root, '[data-scan-download]').addEventListener('click', () => {
    const scan = shownScan(state);
    const date = scan.date ?? today();
    const name = t('scan.file.name', { date });
    const blob = new Blob([`${JSON.stringify(exportScan(definition, scan.answers, date), null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(t('scan.status.downloaded', { file: name }));
  });

  required<HTMLInputElement>(root, '[data-scan-load]').addEventListener('change', async (event) => {
    const loaded = await readChosen(event.currentTarget as HTMLInputElement);
    if (!loaded) return;
    ownScan.replace(loaded.answers, loaded.date);
    const count = Object.keys(loaded.answers).length;
    say(
      [t('scan.status.loaded', { file: loaded.name, count }), loaded.ignored > 0 ? t('scan.status.ignored', { count: loaded.ignored }) : '']
        .join(' ')
        .trim(),
    );
  });

  required<HTMLElement>(root, '[data-scan-share]').addEventListener('click', () => {
    const scan = shownScan(state);
    const fragment = encodeShareFragment(definition, scan.answers, scan.date ?? today());
    shareField.value = `${window.location.origin}${window.location.pathname}#${fragment}`;
    shareOutput.hidden = false;
    say(t('scan.status.linkMade'));
    shareField.focus();
    shareField.select();
  });

  required<HTMLElement>(root, '[data-scan-copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(shareField.value);
      say(t('scan.status.copied'));
    } catch {
      shareField.focus();
      shareField.select();
      say(t('scan.status.copyFailed'));
    }
  });

  required<HTMLInputElement>(root, '[data-compare-file]').addEventListener('change', async (event) => {
    const loaded = await readChosen(event.currentTarget as HTMLInputElement);
    if (loaded) compareWith(loaded.answers, loaded.date);
  });

  const compareFromLink = (): void => {
    const decoded = decodeShareFragment(definition, compareLink.value);
    if (!decoded.ok) {
      fail(`${t(`scan.shareError.${decoded.error}`)} ${t('scan.error.own')}`);
      return;
    }
    compareLink.value = '';
    compareWith(decoded.answers, decoded.date);
  };
  required<HTMLElement>(root, '[data-compare-link-button]').addEventListener('click', compareFromLink);
  compareLink.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    compareFromLink();
  });

  required<HTMLElement>(root, '[data-compare-clear]').addEventListener('click', () => {
    ownScan.compareWith(undefined);
    say(t('scan.status.compareCleared'));
  });

  required<HTMLElement>(root, '[data-scan-clear]').addEventListener('click', () => {
    if (!window.confirm(t('scan.clear.confirm'))) return;
    ownScan.clear();
    say(t('scan.status.cleared'));
  });

  tools.hidden = false;
}
