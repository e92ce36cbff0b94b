import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Run {
  seconds: number;
  /** The most memory the command and all its child processes held at once (resident, summed). */
  peakBytes: number;
  output: string;
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command, timing it and sampling the memory of its whole process tree four times a
 * second. Rejects with the end of its output when it fails.
 */
export function measure(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    // Keep only the last few megabytes: MDX builds print a warning per file.
    let kept = 0;
    const keep = (chunk: Buffer) => {
      chunks.push(chunk);
      kept += chunk.length;
      while (kept > 4 * 1024 * 1024 && chunks.length > 1) kept -= (chunks.shift() as Buffer).length;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakBytes = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeMemory(child.pid));
    }, 250);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const output = Buffer.concat(chunks).toString('utf8');
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakBytes, output });
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-6000)}`));
    });
  });
}

/** Several commands one after another, as one build: times add up, the peak is the highest. */
export async function measureSteps(
  steps: readonly { command: string; args: readonly string[]; cwd?: string; env?: NodeJS.ProcessEnv }[],
): Promise<Run & { steps: number[] }> {
  let seconds = 0;
  let peakBytes = 0;
  let output = '';
  const times: number[] = [];
  for (const step of steps) {
    const run = await measure(step.command, step.args, step);
    seconds += run.seconds;
    peakBytes = Math.max(peakBytes, run.peakBytes);
    output += run.output;
    times.push(run.seconds);
  }
  return { seconds, peakBytes, output, steps: times };
}

/** Files under a directory, recursively, with their sizes. */
export function files(directory: string): { path: string; size: number }[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, size: statSync(path).size };
    });
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 0)} MB`;
