export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { beginData?: { url?: string } };
}

/**
 * Total blocking time from the CPU time of the page's main-thread tasks after first
 * contentful paint (each slowed down as Lighthouse slows the CPU, less 50 ms). Lighthouse
 * itself scales each task's wall time, which on a shared machine includes the time the task
 * waited for a core: with other builds running, the same page scores anywhere from 20 to
 * 2,000 ms. CPU time moves far less.
 */
export function cpuBlockingTime(events: TraceEvent[], url: string, slowdown: number): number {
  const document = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!document) return Number.NaN;
  const onMain = (event: TraceEvent) => event.pid === document.pid && event.tid === document.tid;
  const paint = events.find((event) => event.name === 'firstContentfulPaint' && event.pid === document.pid)?.ts ?? document.ts;
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && onMain(event)).sort((a, b) => a.ts - b.ts);
  let blocking = 0;
  let end = 0;
  for (const task of tasks) {
    // Tasks nest (a task run inside another): only the outermost counts.
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    if (task.ts >= paint) blocking += Math.max(0, ((task.tdur ?? task.dur ?? 0) / 1000) * slowdown - 50);
  }
  return blocking;
}
