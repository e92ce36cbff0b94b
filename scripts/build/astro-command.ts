import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

/**
 * Astro's own command, the project's installed one, to start on this Node (Node 24 from the
 * `node` devDependency) rather than through npx, which takes half a second longer to start.
 */
export const astroCommand = resolve(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
