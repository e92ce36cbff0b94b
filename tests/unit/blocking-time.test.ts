import { describe, expect, it } from 'vitest';
import { cpuBlockingTime, type TraceEvent } from '../../scripts/browser/blocking-time.ts';

const url = 'http://127.0.0.1/nl/zoeken/?q=zorg';
const main = { pid: 1, tid: 1 };
/** A top-level task on the page's main thread: start and wall time in ms, CPU time in ms. */
const task = (start: number, wall: number, cpu: number, thread = main): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ...thread,
  ts: start * 1000,
  dur: wall * 1000,
  tdur: cpu * 1000,
});
const page: TraceEvent[] = [
  { name: 'ParseHTML', ph: 'X', ...main, ts: 0, args: { beginData: { url } } },
  { name: 'firstContentfulPaint', ph: 'R', ...main, ts: 100_000 },
];

describe('blocking time from CPU time', () => {
  it('counts each task after first paint by its CPU time, slowed down, less 50 ms', () => {
    // 30 ms of CPU at 4x: 120 ms, 70 of them blocking; 10 ms at 4x blocks nothing.
    expect(cpuBlockingTime([...page, task(200, 300, 30), task(600, 100, 10)], url, 4)).toBe(70);
  });

  it('leaves out tasks before first paint, nested tasks and other threads', () => {
    const events = [...page, task(10, 80, 40), task(200, 300, 30), task(250, 40, 20), task(400, 200, 100, { pid: 2, tid: 2 })];
    expect(cpuBlockingTime(events, url, 4)).toBe(70);
  });

  it('is not a number when the trace has no such page', () => {
    expect(cpuBlockingTime([task(200, 300, 30)], url, 4)).toBeNaN();
  });
});
