import { scoreChart, type SvgNode } from '../chart.ts';
import type { ActionScanConfig } from '../config.ts';
import type { DimensionScore } from '../scoring.ts';
import { formatDate, type Translate } from './text.ts';

/**
 * Fills in the result view: the SVG chart, the table with the same numbers, and per
 * dimension the advice for its band. Everything is built with DOM calls and textContent,
 * so text from a loaded file or link can never become markup.
 */

export interface ResultData {
  scores: DimensionScore[];
  answered: number;
  total: number;
  date: string | undefined;
  compare?: { scores: DimensionScore[]; date: string | undefined } | undefined;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

function svgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NAMESPACE, node.tag);
  for (const [name, value] of Object.entries(node.attributes)) {
    if (name !== 'xmlns') element.setAttribute(name, value);
  }
  for (const child of node.children) element.append(typeof child === 'string' ? document.createTextNode(child) : svgElement(child));
  return element;
}

function cell(tag: 'td' | 'th', text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (tag === 'th') element.scope = 'row';
  return element;
}

function difference(now: number | null, before: number | null | undefined): string {
  if (now === null || before === null || before === undefined) return '–';
  const change = now - before;
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}

export function renderResult(root: HTMLElement, config: ActionScanConfig, t: Translate, data: ResultData): void {
  const title = (id: string) => config.titles[id] ?? id;
  const band = (score: DimensionScore) => (score.band ? t(`scan.band.${score.band}`) : '–');
  const dated = (date: string | undefined) => (date ? formatDate(config.dateLocale, date) : t('scan.compare.noDate'));
  const compared = (id: string) => data.compare?.scores.find((score) => score.id === id);

  const summary = root.querySelector<HTMLElement>('[data-result-summary]');
  if (summary) {
    const counts = { answered: data.answered, statements: data.total, dontKnow: config.dontKnow };
    summary.textContent = data.date
      ? t('scan.result.summary', { ...counts, date: dated(data.date) })
      : t('scan.result.summaryUndated', counts);
  }
  const empty = root.querySelector<HTMLElement>('[data-result-empty]');
  if (empty) empty.hidden = data.answered > 0;

  const description = data.scores
    .map((score) => {
      if (score.score === null) return `${title(score.id)}: ${t('scan.chart.noScore')}`;
      const other = compared(score.id);
      return data.compare
        ? t('scan.chart.itemCompare', { title: title(score.id), score: score.score, compare: other?.score ?? t('scan.chart.noScore') })
        : t('scan.chart.item', { title: title(score.id), score: score.score, band: band(score) });
    })
    .join('; ');
  const chart = scoreChart(
    data.scores.map((score) => ({ label: title(score.id), value: score.score, compare: compared(score.id)?.score ?? null })),
    {
      id: 'scan-chart',
      title: t('scan.result.chart'),
      description: `${description}.`,
      noScore: t('scan.chart.noScore'),
      bands: config.definition.bands,
      ...(data.compare
        ? {
            legend: {
              current: t('scan.compare.current', { date: dated(data.date) }),
              compare: t('scan.compare.other', { date: dated(data.compare.date) }),
            },
          }
        : {}),
    },
  );
  root.querySelector('[data-result-chart]')?.replaceChildren(svgElement(chart));

  for (const column of root.querySelectorAll<HTMLElement>('[data-compare-column]')) column.hidden = !data.compare;
  const rows = data.scores.map((score) => {
    const row = document.createElement('tr');
    const answered = t('scan.table.answeredCount', { answered: score.answered, total: score.total });
    const unknown = score.unknown > 0 ? `, ${t('scan.table.unknownCount', { count: score.unknown, dontKnow: config.dontKnow })}` : '';
    row.append(
      cell('th', title(score.id)),
      cell('td', score.score === null ? t('scan.chart.noScore') : String(score.score)),
      cell('td', band(score)),
      cell('td', `${answered}${unknown}`),
    );
    if (data.compare) {
      const other = compared(score.id);
      row.append(
        cell('td', other?.score === null || other === undefined ? t('scan.chart.noScore') : String(other.score)),
        cell('td', difference(score.score, other?.score)),
      );
    }
    return row;
  });
  root.querySelector('[data-result-rows]')?.replaceChildren(...rows);

  for (const intro of root.querySelectorAll<HTMLElement>('[data-advice-intro]')) intro.hidden = intro.dataset['adviceIntro'] !== 'result';
  for (const section of root.querySelectorAll<HTMLElement>('[data-advice-for]')) {
    const score = data.scores.find((candidate) => candidate.id === section.dataset['adviceFor']);
    const line = section.querySelector<HTMLElement>('[data-advice-score]');
    const none = section.querySelector<HTMLElement>('[data-advice-none]');
    if (line) {
      line.hidden = !score || score.score === null;
      line.textContent = score && score.score !== null ? t('scan.advice.yourScore', { score: score.score, band: band(score) }) : '';
    }
    if (none) none.hidden = Boolean(score && score.score !== null);
    for (const block of section.querySelectorAll<HTMLElement>('[data-band]')) block.hidden = block.dataset['band'] !== score?.band;
  }
}
