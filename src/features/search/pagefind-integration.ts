import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { COMPOUND_SEAM, buildLexicon, compoundSplitter, markCompounds, wordsOf } from './compound-words.ts';
import { mapText, textOf } from './html-text.ts';
import { htmlFiles } from '../../kernel/build/html-files.ts';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it. Pagefind
 * splits the index by each page's `<html lang>`, so Dutch and English get separate indexes
 * and a search never mixes languages. Only pages with a `data-pagefind-body` element are
 * given to Pagefind; pages shown in the other language (untranslated) carry none and stay
 * out.
 *
 * Dutch pages reach Pagefind with the seams of their compound words marked (see
 * src/features/search/compound-words.ts), so `gemeenschap` finds `leergemeenschappen`. Only the copy
 * handed to Pagefind changes; the files in dist/ stay as Astro wrote them.
 */
interface SearchablePage {
  file: string;
  url: string;
  lang: string;
}

/** `nl/begrippen/fieldlab/index.html` -> `/nl/begrippen/fieldlab/`, as Pagefind would name it. */
function urlOf(site: string, file: string): string {
  const path = relative(site, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * First pass over the built pages: which are searchable, in which language, and every word
 * the Dutch ones use, for the compound lexicon. Pages are not kept in memory: the second pass
 * reads each again as it is indexed, so a site of 10,000 pages needs no more memory than one.
 */
async function surveyPages(site: string): Promise<{ pages: SearchablePage[]; dutchWords: Set<string>; seamInText: string[] }> {
  const pages: SearchablePage[] = [];
  const dutchWords = new Set<string>();
  const seamInText: string[] = [];
  for (const file of htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const page = { file, url: urlOf(site, file), lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '' };
    pages.push(page);
    if (page.lang !== 'nl') continue;
    const text = textOf(html);
    if (text.includes(COMPOUND_SEAM)) seamInText.push(page.url);
    for (const word of wordsOf(text)) dutchWords.add(word);
  }
  return { pages, dutchWords, seamInText };
}

/**
 * The search dialog's way into Pagefind: Pagefind's own module, except that the dialog,
 * which shows no filters, does not download them. (Pagefind's Component UI asks for all
 * filters as soon as it loads; on a thousand pages that is about 10 KB the dialog never
 * shows.) The dialog's <pagefind-config> points its bundle path here.
 */
const dialogModule = `import { createInstance as createPagefind } from '../pagefind.js';

export function createInstance(options) {
  const pagefind = createPagefind(options);
  pagefind.filters = async () => ({});
  return pagefind;
}
`;

/**
 * Word locations per index chunk. Pagefind's default, 20,000, makes chunks of about 20 KB
 * on a thousand pages, and a first query fetches one whole chunk; at 6,000 it fetches about
 * 7 KB, for a few more files on disk (`npm run bench:search` measures both sides). Pagefind
 * reads this from an environment variable it calls unstable; should a later version drop
 * it, the index falls back to the default chunks and search works as before.
 */
const INDEX_CHUNK_SIZE = '6000';

export default function pagefind(): AstroIntegration {
  return {
    name: 'kennisbank:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { pages, dutchWords, seamInText } = await surveyPages(site);
        // The lexicon depends only on which words occur, so the distinct words suffice.
        const lexicon = buildLexicon(dutchWords);
        const split = compoundSplitter(lexicon);
        const compounds = new Set<string>();
        const splitWord = (word: string) => {
          const parts = split(word);
          if (parts) compounds.add(word.toLowerCase());
          return parts;
        };
        for (const url of seamInText) {
          logger.warn(`${url} contains "${COMPOUND_SEAM}", which search uses to mark the parts of compound words: search excerpts of that page will show it without the "${COMPOUND_SEAM}". Write it another way, or change COMPOUND_SEAM in src/features/search/compound-words.ts.`);
        }
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          for (const page of pages) {
            const html = await readFile(page.file, 'utf8');
            // Dutch pages reach Pagefind with their compounds marked; dist/ keeps Astro's files.
            const content = page.lang === 'nl' ? mapText(html, (text) => markCompounds(text, splitWord)) : html;
            const added = await index.addHTMLFile({ url: page.url, content });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await mkdir(join(site, 'pagefind', 'dialog'), { recursive: true });
          await writeFile(join(site, 'pagefind', 'dialog', 'pagefind.js'), dialogModule);
          logger.info(`Indexed ${pages.length} pages for search; split ${compounds.size} Dutch compound words (lexicon of ${lexicon.size} words from the site) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        } finally {
          await close();
        }
      },
    },
  };
}
