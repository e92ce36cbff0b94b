import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The comparison sites of `npm run bench`: the same pages as a corpus of this site, as a
 * minimal Starlight site and as a bare Astro + MDX site (templates in bench/). Their
 * dependencies live in bench/package.json and are installed only for the benchmark.
 */

export const benchDirectory = 'bench';

/** The collections that become pages, as folders of content/. */
const COLLECTIONS = ['position-paper', 'communities', 'guides', 'glossary', 'pages'] as const;

interface CorpusPage {
  lang: string;
  collection: (typeof COLLECTIONS)[number];
  fileSlug: string;
  title: string;
  description: string;
  body: string;
}

/**
 * Our MDX components do not exist on the other sites: a term link becomes its text, an aside
 * and the steps become their contents, a figure is left out.
 */
export function plainMdx(body: string): string {
  return body
    .replace(/<Term id="[^"]*">([\s\S]*?)<\/Term>/g, '$1')
    .replace(/^<\/?(Aside|Steps)\b[^>]*>\s*$/gm, '')
    .replace(/<Figure\b[^>]*\/>/g, '');
}

function readPages(content: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const collection of COLLECTIONS) {
    for (const lang of ['nl', 'en']) {
      const directory = join(content, collection, lang);
      if (!existsSync(directory)) continue;
      for (const file of readdirSync(directory)
        .filter((name) => name.endsWith('.mdx'))
        .sort()) {
        const source = readFileSync(join(directory, file), 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
        if (!match) throw new Error(`${join(directory, file)} has no front matter.`);
        const data = parse(match[1] ?? '') as Record<string, unknown>;
        pages.push({
          lang,
          collection,
          fileSlug: file.replace(/\.mdx$/, '').replace(/^\d+-/, ''),
          title: String(data['title'] ?? data['term']),
          description: String(data['summary'] ?? data['definition'] ?? ''),
          body: plainMdx(match[2] ?? ''),
        });
      }
    }
  }
  return pages;
}

/**
 * Copies a site template from bench/ to `root` and writes every page of the corpus into its
 * docs collection: Starlight wants the language first (docs/nl/communities/...); the bare
 * site keeps this site's folders (docs/communities/nl/...), which its Markdown plugins read.
 */
function writeSite(template: 'starlight' | 'bare', root: string, pages: readonly CorpusPage[]): void {
  cpSync(join(benchDirectory, template), root, { recursive: true });
  for (const page of pages) {
    const folders = template === 'starlight' ? [page.lang, page.collection] : [page.collection, page.lang];
    const directory = join(root, 'src', 'content', 'docs', ...folders);
    mkdirSync(directory, { recursive: true });
    const frontMatter = `title: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}`;
    writeFileSync(join(directory, `${page.fileSlug}.mdx`), `---\n${frontMatter}\n---\n\n${page.body}`);
  }
}

/**
 * Writes the Starlight and bare Astro versions of a corpus (its `content/` folder) into
 * `<work>/starlight` and `<work>/bare`. `work` must lie inside bench/, so that the sites
 * resolve their packages from bench/node_modules. Returns the number of pages written.
 */
export function writeComparisonSites(content: string, work: string): number {
  const pages = readPages(content);
  writeSite('starlight', join(work, 'starlight'), pages);
  writeSite('bare', join(work, 'bare'), pages);
  return pages.length;
}

/** The same four reading pages on each site: the first generated chapter, profile, guide and term. */
export const readingPages = {
  ours: {
    chapter: '/nl/position-paper/bench-1/',
    profile: '/nl/leergemeenschappen/bench-1/',
    guide: '/nl/overdrachtsgidsen/bench-1/',
    term: '/nl/begrippen/bench-1/',
  },
  starlight: {
    chapter: '/nl/position-paper/bench-1/',
    profile: '/nl/communities/bench-1/',
    guide: '/nl/guides/bench-1/',
    term: '/nl/glossary/bench-1/',
  },
} as const;
