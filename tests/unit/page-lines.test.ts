import { describe, expect, it } from 'vitest';
import { astroPageLine, astroPages } from '../../scripts/build/page-lines.ts';

/** Lines as Astro writes them: a timestamp when no terminal reads the output. */
const header = (file: string) => `07:17:48   ├─ ${file}`;

describe("reading Astro's page lines", () => {
  it('reads one page a line, rendered or copied, and leaves nothing of the line', () => {
    expect(astroPageLine(`${header('/nl/over/index.html')} (+4ms)`)).toEqual({
      pages: [{ file: '/nl/over/index.html', copied: false }],
      rest: '',
    });
    expect(astroPageLine(`${header('/nl/over/index.html')} (restored)`).pages).toEqual([{ file: '/nl/over/index.html', copied: true }]);
    expect(astroPageLine('  └─ /en/index.html (cached)').pages).toEqual([{ file: '/en/index.html', copied: true }]);
    expect(astroPageLine(`${header('/sitemap.xml')} (+1.20s)`).pages).toEqual([{ file: '/sitemap.xml', copied: false }]);
  });

  it('reads pages rendered side by side, whose headers and times share lines', () => {
    // Four pages at a time: headers written as each starts, times as each is done, so a time
    // follows whichever header came last. A copied page's status follows its own header.
    const log = [
      `${header('/404.html')}${header('/data/communities.csv')}${header('/nl/a/index.html')} (+213ms) `,
      `${header('/nl/b/index.html')}${header('/nl/c/index.html')} (cached) (+226ms) `,
      ' (+5ms) ',
      `${header('/nl/d/index.html')} (+7ms)  (+3ms) `,
    ].join('\n');
    expect(astroPages(log)).toEqual({
      rendered: ['/404.html', '/data/communities.csv', '/nl/a/index.html', '/nl/b/index.html', '/nl/d/index.html'],
      copied: ['/nl/c/index.html'],
    });
    expect(log.split('\n').map((line) => astroPageLine(line).rest)).toEqual(['', '', '', '']);
  });

  it('reads lines coloured for a terminal', () => {
    const coloured = '  \u001b[34m├─\u001b[39m \u001b[2m/en/glossary/fieldlab/index.html\u001b[22m \u001b[2m(+6ms)\u001b[22m';
    expect(astroPageLine(coloured)).toEqual({ pages: [{ file: '/en/glossary/fieldlab/index.html', copied: false }], rest: '' });
  });

  it('keeps what else a line says, such as a warning printed while a page rendered', () => {
    const line = `${header('/nl/e/index.html')}07:17:49 [WARN] [kennisbank] Something to fix (+9ms)`;
    expect(astroPageLine(line)).toEqual({
      pages: [{ file: '/nl/e/index.html', copied: false }],
      rest: '07:17:49 [WARN] [kennisbank] Something to fix',
    });
    expect(astroPageLine('07:12:05 [build] ✓ Completed in 26.46s.')).toEqual({
      pages: [],
      rest: '07:12:05 [build] ✓ Completed in 26.46s.',
    });
  });
});
