// The floor of `npm run bench`: Astro with MDX and nothing else, each page its content with no
// layout. Two variants measure this site's Markdown choices one at a time:
//   BENCH_MARKDOWN=unified   the remark/rehype pipeline (remark-gfm included) instead of
//                            Astro 7's default, Sätteri;
//   BENCH_MARKDOWN=plugins   Sätteri with this site's two hast plugins (src/kernel/markdown/),
//                            whose module BENCH_PLUGINS gives.
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

async function markdown() {
  if (process.env.BENCH_MARKDOWN === 'unified') return { processor: unified() };
  if (process.env.BENCH_MARKDOWN === 'plugins') {
    const { sectionHeadings, localizedOutput } = await import(process.env.BENCH_PLUGINS);
    return { processor: satteri({ hastPlugins: [sectionHeadings, localizedOutput] }) };
  }
  return {};
}

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  markdown: await markdown(),
  integrations: [mdx()],
});
