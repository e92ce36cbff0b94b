import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { localizedOutput, sectionHeadings } from '../../src/kernel/markdown/localized-output.ts';

/** Markdown as the site renders it, with the site's own plugins. */
function render(markdown: string): string {
  return markdownToHtml(markdown, { hastPlugins: [sectionHeadings, localizedOutput] }).html;
}

describe('the Markdown plugins', () => {
  it("keep a heading's link icon with its last word, so the icon never wraps onto a line of its own", () => {
    const html = render('## Three words here\n\n## Run `npm`\n\n## One\n');
    expect(html).toMatch(
      /<h2 id="three-words-here">Three words <span class="heading-tail">here<a class="heading-anchor" href="#three-words-here"/,
    );
    expect(html).toMatch(/<h2 id="run-npm">Run <span class="heading-tail"><code>npm<\/code><a class="heading-anchor"/);
    expect(html).toMatch(/<h2 id="one"><span class="heading-tail">One<a class="heading-anchor"/);
  });

  it('put a comma between adjacent footnote markers, and only there', () => {
    const html = render('Text.[^1][^2][^3] More.[^1] [^2]\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n');
    const markers = [...html.matchAll(/<sup>(.*?)<\/sup>(\s?)/g)].map(
      ([, inner = '', space]) => `${inner.replace(/<[^>]+>/g, '')}${space}`,
    );
    expect(markers.slice(0, 5)).toEqual(['1,', '2,', '3 ', '1 ', '2']);
  });
});
