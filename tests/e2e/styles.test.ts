import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerOrderStatement } from '../../src/layout/css-layer-order.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

/** The layer names in the order a stylesheet first names them (`@layer a, b;` or `@layer a {`). */
function layerNames(css: string): string[] {
  const names = [...css.matchAll(/@layer\s+([\w\s,.-]+?)\s*[;{]/g)].flatMap((match) =>
    (match[1] ?? '').split(',').map((name) => name.trim()),
  );
  return [...new Set(names)];
}

describe('styles', () => {
  it('every page ranks the cascade layers as global.css names them, however Astro splits and orders the stylesheets', () => {
    const statement = layerOrderStatement(readFileSync('src/layout/global.css', 'utf8'));
    expect(statement).toBeDefined();
    const expected = layerNames(statement ?? '');
    expect(expected).toEqual(['base', 'layout', 'components', 'utilities']);
    const wrong: string[] = [];
    for (const file of [...sitemapPaths().map((path) => join(path, 'index.html')), '404.html']) {
      const html = readFileSync(join('dist', file), 'utf8');
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) =>
        readFileSync(join('dist', match[1] ?? ''), 'utf8'),
      );
      // A page ranks the layers by the order in which its stylesheets, in link order, first name them.
      const ranked = layerNames(sheets.join('\n'));
      if (JSON.stringify(ranked) !== JSON.stringify(expected)) wrong.push(`${file}: ${ranked.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
