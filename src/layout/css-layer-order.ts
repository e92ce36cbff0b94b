import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** CSS files, and Astro's component styles (`Header.astro?astro&type=style&index=0&lang.css`). */
const STYLESHEET = /\.css(?:$|\?)/;

/** The statement that names the cascade layers, at the top of global.css. */
export function layerOrderStatement(css: string): string | undefined {
  return /^@layer [\w\s,.-]+;/m.exec(css)?.[0];
}

/**
 * Cascade layers rank by the order in which a page first names them. global.css names them
 * before anything else, but Astro splits the CSS into several files and may link a file of
 * component styles before it (and in development each style is a <style> of its own), which
 * would put the layers in the wrong order. So every stylesheet starts with the statement
 * from global.css: whichever the browser meets first, the order is the same. The minifier
 * keeps one per file.
 */
export function cssLayerOrder(globalCss: string): Plugin {
  const statement = layerOrderStatement(readFileSync(globalCss, 'utf8'));
  if (!statement) throw new Error(`${globalCss} should name the cascade layers first (@layer base, ...;).`);
  return {
    name: 'kennisbank:css-layer-order',
    enforce: 'pre',
    transform(code, id) {
      if (!STYLESHEET.test(id) || code.startsWith(statement)) return null;
      return { code: `${statement}\n${code}`, map: null };
    },
  };
}
