import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The rules of the layout in ARCHITECTURE.md, checked on the import graph of src/ (every
 * .ts file and every .astro file's frontmatter and `<script src>`). Imports are read with
 * TypeScript's own pre-processor, type-only imports included.
 */

const ROOT = resolve('.');
const SOURCE_FILE = /\.(ts|astro)$/;

interface Module {
  file: string;
  /** Specifiers as written: relative paths, packages, `astro:content`, `node:fs`. */
  specifiers: string[];
  /** The relative imports resolved to project files. */
  local: string[];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE_FILE.test(name))
    .map((name) => relative(ROOT, join(folder, name)));
}

/** What a file imports: for .astro, its frontmatter and the scripts it loads. */
function specifiersOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return ts.preProcessFile(text, true, true).importedFiles.map((entry) => entry.fileName);
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '');
  return [...ts.preProcessFile(frontmatter, true, true).importedFiles.map((entry) => entry.fileName), ...scripts];
}

function moduleOf(file: string): Module {
  const specifiers = specifiersOf(file);
  const local = specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(ROOT, resolve(dirname(file), specifier.replace(/\?.*$/, ''))))
    .filter((target) => existsSync(target) && SOURCE_FILE.test(target));
  return { file, specifiers, local };
}

const modules = new Map(sourceFiles('src').map((file) => [file, moduleOf(file)]));

/** Every import cycle, each once, as a list of files (Tarjan's strongly connected components). */
function cycles(graph: Map<string, Module>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file)?.local ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      const selfImport = graph.get(file)?.local.includes(file) ?? false;
      if (component.length > 1 || selfImport) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** Every module a file reaches through its imports, itself included. */
function reach(file: string): Set<string> {
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length) {
    const next = queue.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(modules.get(next)?.local ?? []));
  }
  return seen;
}

const inFolder = (folder: string) => (file: string) => file.startsWith(`src/${folder}/`);

describe('the layout of src/ (ARCHITECTURE.md)', () => {
  it('reads the whole import graph', () => {
    // A guard for the checks below: they mean nothing if the reader found no imports.
    expect(modules.size).toBeGreaterThan(100);
    expect(modules.get('src/routing/RouteView.astro')?.local).toContain('src/features/articles/EntryPage.astro');
    expect(modules.get('src/layout/Header.astro')?.local).toContain('src/features/search/browser/search-loader.ts');
  });

  it('has no import cycle', () => {
    expect(cycles(modules)).toEqual([]);
  });

  it('finds a cycle where there is one (the check itself)', () => {
    const a: Module = { file: 'a.ts', specifiers: ['./b.ts'], local: ['b.ts'] };
    const b: Module = { file: 'b.ts', specifiers: ['./c.ts'], local: ['c.ts'] };
    const c: Module = { file: 'c.ts', specifiers: ['./a.ts'], local: ['a.ts'] };
    const d: Module = { file: 'd.ts', specifiers: ['./a.ts'], local: ['a.ts'] };
    expect(cycles(new Map([a, b, c, d].map((module) => [module.file, module])))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('imports nothing from tests/, root scripts/ or bench/', () => {
    const outside = [...modules.values()].flatMap((module) =>
      module.specifiers
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => relative(ROOT, resolve(dirname(module.file), specifier)))
        .filter((target) => !target.startsWith('src/'))
        .map((target) => `${module.file} -> ${target}`),
    );
    expect(outside).toEqual([]);
  });

  it('keeps the kernel free of features, the page shell and routing', () => {
    const kernel = [...modules.values()].filter((module) => inFolder('kernel')(module.file));
    expect(kernel.length).toBeGreaterThan(30);
    const wrong = kernel.flatMap((module) =>
      module.local.filter((target) => !inFolder('kernel')(target)).map((target) => `${module.file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('ships browser code that reaches no build code: no astro:*, node:*, .astro or collection reader', () => {
    const browserFiles = [...modules.keys()].filter((file) => file.includes('/browser/') && file.endsWith('.ts'));
    expect(browserFiles.length).toBeGreaterThan(8);
    const buildOnly = (module: Module) =>
      module.file.endsWith('.astro') || module.specifiers.some((specifier) => /^(astro:|node:|astro$|astro\/)/.test(specifier));
    const wrong = browserFiles.flatMap((file) =>
      [...reach(file)]
        .filter((reached) => {
          const module = modules.get(reached);
          return module !== undefined && buildOnly(module);
        })
        .map((reached) => `${file} reaches ${reached}`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps browser code in browser/ folders: a <script src> loads only from one', () => {
    const scripts = [...modules.values()]
      .filter((module) => module.file.endsWith('.astro'))
      .flatMap((module) =>
        [...readFileSync(module.file, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => `${module.file}: ${match[1]}`),
      );
    expect(scripts.length).toBeGreaterThan(4);
    expect(scripts.filter((script) => !script.includes('/browser/'))).toEqual([]);
  });
});
