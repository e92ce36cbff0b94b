import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it. Pagefind
 * splits the index by each page's `<html lang>`, so Dutch and English get separate indexes
 * and a search never mixes languages. Only elements marked `data-pagefind-body` are
 * indexed; pages shown in the other language (untranslated) carry none and stay out.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'kennisbank:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const indexed = await index.addDirectory({ path: site });
          if (indexed.errors.length > 0) throw new Error(`Pagefind could not index the site: ${indexed.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${indexed.page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
