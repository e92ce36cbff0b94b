import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../src/features/self-scan');

/** Each self-scan module (browser/ included), by path below ROOT, with the self-scan modules it imports, type-only imports too. */
function importGraph(): Map<string, string[]> {
  const modules = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts'));
  return new Map(
    modules.map((path) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, path), 'utf8'), true, true);
      const local = importedFiles.filter(({ fileName }) => fileName.startsWith('.')).map(({ fileName }) => relative(ROOT, resolve(ROOT, dirname(path), fileName)));
      return [path, local.filter((target) => modules.includes(target))];
    }),
  );
}

/** The first import cycle met, as the path that leads back to where it began; undefined when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (module: string, path: string[]): string[] | undefined => {
    if (path.includes(module)) return [...path.slice(path.indexOf(module)), module];
    if (done.has(module)) return undefined;
    for (const target of graph.get(module) ?? []) {
      const cycle = visit(target, [...path, module]);
      if (cycle) return cycle;
    }
    done.add(module);
    return undefined;
  };
  for (const module of graph.keys()) {
    const cycle = visit(module, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the self-scan modules', () => {
  it('import each other without a cycle, so each browser module can be read and changed on its own', () => {
    const graph = importGraph();
    // The graph is really read: the entry wires the tools, and the tools use the file format.
    expect(graph.get('browser/action-scan.ts')).toContain('browser/tools.ts');
    expect(graph.get('browser/tools.ts')).toContain('file.ts');
    expect(findCycle(graph)).toBeUndefined();
  });

  it('the cycle check finds a cycle, also one that does not start at the first module', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['b']]]))).toEqual(['b', 'c', 'b']);
  });
});
