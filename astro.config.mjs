// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/kernel/i18n/locales.ts';
import pagefind from './src/features/search/pagefind-integration.ts';
import securityHeaders from './src/kernel/security/security-headers.ts';
import socialImages from './src/features/social-images/social-images-integration.ts';
import contentGuard from './src/kernel/content-safety/content-guard.ts';
import { cssLayerOrder } from './src/layout/css-layer-order.ts';
import { localizedOutput, sectionHeadings } from './src/kernel/markdown/localized-output.ts';
import siteUrl from './src/kernel/build/site-url.ts';

// Where the content tree is: ./content, or a copy (fixture builds and benchmarks set it).
const contentDirectory = process.env.KENNISBANK_CONTENT_DIR ?? './content';

export default defineConfig({
  // The public address, from SITE_URL (or Astro's --site flag). siteUrl() checks it: a build
  // on CI stops without it, a local build says once that it uses http://localhost:4321.
  ...(process.env.SITE_URL?.trim() ? { site: process.env.SITE_URL.trim() } : {}),
  trailingSlash: 'always',
  // Tests that build a fixture copy of the content keep its cache apart from the real one.
  ...(process.env.KENNISBANK_CACHE_DIR ? { cacheDir: process.env.KENNISBANK_CACHE_DIR } : {}),
  // Every script and stylesheet as a file of its own, never inline: the Content-Security-
  // Policy allows no inline code. Four pages render at a time: while one waits for its file
  // to be written (or for a module to load), another renders. On 2,000 pages, the pages took
  // 10 to 13 s instead of 15 to 22 s with one at a time (two cores; README, Performance).
  // No page depends on another's rendering: the data they share is computed once per build
  // (src/kernel/content/per-build.ts), and an incremental rebuild stays byte-identical to a
  // clean build (tests/content/fixture-build.test.ts checks).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    // Every stylesheet names the cascade layers in global.css's order (see css-layer-order.ts).
    plugins: [cssLayerOrder('./src/layout/global.css')],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX modules start with the directive "use astro:head-inject", a marker Astro
        // reads itself; the bundler warns once per MDX file that it may not keep it (about
        // 120 blocks of 10 lines a build). Astro handles the marker before bundling, so the
        // warning is harmless; only that one is dropped, every other warning is printed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Sätteri, Astro's native Markdown processor, renders GFM (tables, footnotes, task lists)
  // itself. Our plugins give section headings ids shared across languages with a link to
  // them, and localize what Sätteri writes in English by default (footnote labels).
  markdown: { processor: satteri({ hastPlugins: [sectionHeadings, localizedOutput] }) },
  // socialImages() after pagefind(): the images are drawn once the search index is written.
  // contentGuard() stops the build on MDX that could run code, even without npm run validate.
  integrations: [siteUrl(), contentGuard(contentDirectory), mdx(), pagefind(contentDirectory), socialImages(), securityHeaders()],
  devToolbar: { enabled: false },
  // A rebuild copies every page whose code and data are unchanged from the last build (kept in
  // cacheDir, which CI keeps between runs) instead of rendering it again. The data a page
  // reads is in its key: src/routing/cache-keys.ts.
  experimental: { incrementalBuild: true },
});
