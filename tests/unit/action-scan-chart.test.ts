import { describe, expect, it } from 'vitest';
import { scoreChart, scoreX, type SvgNode } from '../../src/features/self-scan/chart.ts';

const options = {
  id: 'chart',
  title: 'Scores',
  description: 'A 50, B no score',
  noScore: 'no score',
  bands: { middleFrom: 40, highFrom: 70 },
};

function all(node: SvgNode, predicate: (node: SvgNode) => boolean): SvgNode[] {
  const children = node.children.filter((child): child is SvgNode => typeof child !== 'string');
  return [...(predicate(node) ? [node] : []), ...children.flatMap((child) => all(child, predicate))];
}
const text = (node: SvgNode) => node.children.filter((child) => typeof child === 'string').join('');

describe('the result chart', () => {
  it('draws one bar per scored dimension, as long as its score, with the score beside it', () => {
    const svg = scoreChart(
      [
        { label: 'A', value: 50 },
        { label: 'B', value: 100 },
      ],
      options,
    );
    const bars = all(svg, (node) => node.attributes['class'] === 'scan-chart__bar');
    expect(bars.map((bar) => Number(bar.attributes['width']))).toEqual([scoreX(50), scoreX(100)]);
    expect(scoreX(100)).toBe(2 * scoreX(50));
    expect(all(svg, (node) => node.attributes['class'] === 'scan-chart__value').map(text)).toEqual(['50', '100']);
  });

  it('writes "no score" where a dimension has none, instead of a zero-length bar', () => {
    const svg = scoreChart(
      [
        { label: 'A', value: 50 },
        { label: 'B', value: null },
      ],
      options,
    );
    expect(all(svg, (node) => node.tag === 'rect' && node.attributes['class'] === 'scan-chart__bar')).toHaveLength(1);
    expect(all(svg, (node) => node.attributes['class'] === 'scan-chart__none').map(text)).toEqual(['no score']);
  });

  it('is an image with a title and a description for screen readers', () => {
    const svg = scoreChart([{ label: 'A', value: 50 }], options);
    expect(svg.attributes).toMatchObject({ role: 'img', 'aria-labelledby': 'chart-title chart-desc' });
    expect(all(svg, (node) => node.tag === 'desc').map(text)).toEqual(['A 50, B no score']);
  });

  it('marks where the bands begin on the axis', () => {
    const svg = scoreChart([{ label: 'A', value: 50 }], options);
    expect(all(svg, (node) => node.attributes['class'] === 'scan-chart__tick').map(text)).toEqual(['0', '40', '70', '100']);
  });

  it('adds a hatched bar per dimension and a legend when comparing', () => {
    const svg = scoreChart(
      [
        { label: 'A', value: 50, compare: 25 },
        { label: 'B', value: 75, compare: null },
      ],
      { ...options, legend: { current: 'Now', compare: 'Before' } },
    );
    const compared = all(svg, (node) => node.tag === 'rect' && node.attributes['class'] === 'scan-chart__bar--compare');
    // One in the legend, one for A; B has no compared score.
    expect(compared).toHaveLength(2);
    expect(compared.every((bar) => bar.attributes['fill'] === 'url(#chart-hatch)')).toBe(true);
    expect(all(svg, (node) => node.tag === 'text').map(text)).toEqual(expect.arrayContaining(['Now', 'Before']));
  });
});
