/**
 * The self-scan's result chart as a plain tree of SVG elements, so the layout is pure and
 * testable; the page's script turns the tree into real elements. Horizontal bars, one per
 * dimension, on a 0-100 axis with the band boundaries marked; a second, hatched bar per
 * dimension when a scan is compared, so the two differ by more than colour.
 */

export interface SvgNode {
  tag: string;
  attributes: Record<string, string>;
  children: (SvgNode | string)[];
}

export interface ChartRow {
  label: string;
  value: number | null;
  /** The compared scan's score, when comparing. */
  compare?: number | null;
}

export interface ChartOptions {
  id: string;
  title: string;
  description: string;
  /** Shown instead of a bar for a dimension without a score. */
  noScore: string;
  bands: { middleFrom: number; highFrom: number };
  /** Legend labels; given only when comparing. */
  legend?: { current: string; compare: string };
}

const WIDTH = 640;
const BAR_SPACE = 560;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 18;
const ROW_GAP = 14;
const LEGEND_HEIGHT = 30;
const AXIS_HEIGHT = 26;

function node(tag: string, attributes: Record<string, string | number>, children: (SvgNode | string)[] = []): SvgNode {
  return { tag, attributes: Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, String(value)])), children };
}

/** x position of a score on the axis. */
export function scoreX(score: number): number {
  return (Math.max(0, Math.min(100, score)) / 100) * BAR_SPACE;
}

function bar(y: number, value: number | null, className: string, noScore: string): SvgNode[] {
  if (value === null)
    return [node('text', { x: 0, y: y + BAR_HEIGHT / 2, 'dominant-baseline': 'middle', class: 'scan-chart__none' }, [noScore])];
  const width = scoreX(value);
  return [
    node('rect', { x: 0, y, width: Math.max(width, 2), height: BAR_HEIGHT, class: className }),
    node('text', { x: width + 6, y: y + BAR_HEIGHT / 2, 'dominant-baseline': 'middle', class: 'scan-chart__value' }, [String(value)]),
  ];
}

export function scoreChart(rows: readonly ChartRow[], options: ChartOptions): SvgNode {
  const comparing = options.legend !== undefined;
  const barsPerRow = comparing ? 2 : 1;
  const rowHeight = LABEL_HEIGHT + barsPerRow * BAR_HEIGHT + (barsPerRow - 1) * 4 + ROW_GAP;
  const top = comparing ? LEGEND_HEIGHT : 0;
  const plotHeight = rows.length * rowHeight;
  const height = top + plotHeight + AXIS_HEIGHT;
  const children: SvgNode[] = [
    node('title', { id: `${options.id}-title` }, [options.title]),
    node('desc', { id: `${options.id}-desc` }, [options.description]),
    node('defs', {}, [
      node('pattern', { id: `${options.id}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
        node('rect', { width: 6, height: 6, class: 'scan-chart__hatch-ground' }),
        node('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'scan-chart__hatch-line' }),
      ]),
    ]),
  ];

  if (options.legend) {
    children.push(
      node('g', { class: 'scan-chart__legend' }, [
        node('rect', { x: 0, y: 4, width: 16, height: 16, class: 'scan-chart__bar' }),
        node('text', { x: 22, y: 12, 'dominant-baseline': 'middle', class: 'scan-chart__label' }, [options.legend.current]),
        node('rect', {
          x: BAR_SPACE / 2,
          y: 4,
          width: 16,
          height: 16,
          class: 'scan-chart__bar--compare',
          fill: `url(#${options.id}-hatch)`,
        }),
        node('text', { x: BAR_SPACE / 2 + 22, y: 12, 'dominant-baseline': 'middle', class: 'scan-chart__label' }, [options.legend.compare]),
      ]),
    );
  }

  // Where the bands begin, so a bar can be read against them.
  const ticks = [0, options.bands.middleFrom, options.bands.highFrom, 100];
  for (const tick of ticks) {
    const x = scoreX(tick);
    children.push(
      node('line', { x1: x, y1: top, x2: x, y2: top + plotHeight, class: tick === 0 ? 'scan-chart__axis' : 'scan-chart__grid' }),
    );
    children.push(
      node(
        'text',
        { x, y: top + plotHeight + 16, 'text-anchor': tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle', class: 'scan-chart__tick' },
        [String(tick)],
      ),
    );
  }

  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    const group = [
      node('text', { x: 0, y: y + LABEL_HEIGHT - 6, class: 'scan-chart__label' }, [row.label]),
      ...bar(y + LABEL_HEIGHT, row.value, 'scan-chart__bar', options.noScore),
    ];
    if (comparing) {
      const compareBar = bar(y + LABEL_HEIGHT + BAR_HEIGHT + 4, row.compare ?? null, 'scan-chart__bar--compare', options.noScore);
      const [rect] = compareBar;
      if (rect?.tag === 'rect') rect.attributes['fill'] = `url(#${options.id}-hatch)`;
      group.push(...compareBar);
    }
    children.push(node('g', { class: 'scan-chart__row' }, group));
  });

  return node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${options.id}-title ${options.id}-desc`,
      class: 'scan-chart__svg',
    },
    children,
  );
}
