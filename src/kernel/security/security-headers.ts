import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './content-security-policy.ts';

/** Writes dist/_headers with the same policy the pages carry in their <meta>. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'kennisbank:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
