import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validation/validate.ts';
import { appendLines, copyContent, setField } from './helpers.ts';

/**
 * What a hostile (or careless) pull request might contain, one class at a time, with several
 * cases each. Validation must reject each with the expected rule on the expected file, never
 * crash, and accept the valid variants. Made on a copy of the small fixture
 * site taken from the real content (tests/content/helpers.ts).
 */
type Copy = ReturnType<typeof copyContent>;
interface Case {
  name: string;
  breakIt: (copy: Copy) => void;
  /** The rules expected, each with the file it names; [] for input that must be accepted. */
  expect: { rule: string; file: string }[];
}

const COMMUNITY = 'content/communities/nl/evolva.mdx';
const COMMUNITY_EN = 'content/communities/en/evolva.mdx';
const TERM = 'content/glossary/nl/fieldlab.mdx';
const PAGE = 'content/pages/nl/privacy.mdx';
const PAGE_EN = 'content/pages/en/privacy.mdx';
const THEMES = 'content/taxonomy/themes.yaml';

const inFrontmatter = (line: string) => (text: string) => text.replace(/^---\n/, `---\n${line}\n`);
const afterField = (field: string, line: string) => (text: string) => text.replace(new RegExp(`^(${field}:.*\\n)`, 'm'), `$1${line}\n`);
const append = appendLines;
const edit = (file: string, ...changes: ((text: string) => string)[]) => (copy: Copy) => copy.edit(file, (text) => changes.reduce((result, change) => change(result), text));
const one = (rule: string, file: string) => [{ rule, file }];
const bytesOf = (copy: Copy, file: string, bytes: Buffer) => writeFileSync(join(copy.root, file), bytes);
const publicFile = (copy: Copy, file: string, content: string | Buffer) => {
  mkdirSync(join(copy.root, 'public', file, '..'), { recursive: true });
  writeFileSync(join(copy.root, 'public', file), content);
};
const deepList = (depth: number) => Array.from({ length: depth }, (_, index) => `${'  '.repeat(index)}- x`).join('\n');

const cases: Case[] = [
  // Where the frontmatter ends: validation and the build must agree.
  { name: 'a value ending in " ---" stays a value, and the import after the frontmatter is still found', breakIt: edit(COMMUNITY, afterField('provinces', 'place: Maastricht ---'), append("import fs from 'node:fs'")), expect: one('mdx.import-export', COMMUNITY) },
  { name: 'a comment "# ---" stays a comment, and an expression in the text is still found', breakIt: edit(COMMUNITY, inFrontmatter('# ---'), append('Het aantal is {process.exit(1)}.')), expect: one('mdx.expression', COMMUNITY) },
  { name: 'a separator comment "# --------" in the frontmatter is valid', breakIt: edit(COMMUNITY, afterField('kind', '# --------')), expect: [] },
  { name: 'a frontmatter line starting with --- ends the frontmatter for the build', breakIt: edit(COMMUNITY, afterField('kind', '---<script>alert(1)</script>')), expect: one('frontmatter.ambiguous-end', COMMUNITY) },
  { name: 'a closing line with text after ---', breakIt: edit(COMMUNITY, (text) => text.replace(/\n---\n\n/, '\n--- <img src=x onerror=alert(1)>\n\n')), expect: one('frontmatter.ambiguous-end', COMMUNITY) },
  { name: 'a line starting with +++ inside the frontmatter', breakIt: edit(COMMUNITY, afterField('kind', '+++')), expect: one('frontmatter.ambiguous-end', COMMUNITY) },
  { name: 'TOML frontmatter between +++ lines', breakIt: edit(TERM, (text) => text.replace(/^---\n([\s\S]*?)\n---\n/, '+++\ntitle = "x"\n+++\n')), expect: one('frontmatter.toml', TERM) },
  { name: 'an opening line with text after ---', breakIt: edit(TERM, (text) => text.replace(/^---\n/, '---term: x\n')), expect: one('frontmatter.opening', TERM) },
  { name: 'a frontmatter that never closes', breakIt: edit(TERM, (text) => text.replace(/\n---\n/, '\n')), expect: one('frontmatter.unclosed', TERM) },
  { name: 'Windows (CRLF) line endings are valid', breakIt: edit(TERM, (text) => text.replaceAll('\n', '\r\n')), expect: [] },
  { name: 'a byte order mark and blank lines before the frontmatter are valid', breakIt: edit(TERM, (text) => `\uFEFF\n\n${text}`), expect: [] },
  { name: 'classic Mac (CR-only) line endings', breakIt: edit(TERM, (text) => text.replaceAll('\n', '\r')), expect: one('file.line-endings', TERM) },
  // YAML read differently by different parsers
  { name: 'a js-yaml function tag', breakIt: edit(COMMUNITY, setField('summary', "!!js/function 'function () { return 1 }'")), expect: one('yaml.tag', COMMUNITY) },
  { name: 'a !!str tag', breakIt: edit(COMMUNITY, setField('title', '!!str Evolva')), expect: one('yaml.tag', COMMUNITY) },
  { name: 'a local !tag', breakIt: edit(COMMUNITY, setField('title', '!x Evolva')), expect: one('yaml.tag', COMMUNITY) },
  { name: 'a date where text is expected', breakIt: edit(COMMUNITY, setField('title', '2019-10-01')), expect: one('schema.type', COMMUNITY) },
  { name: 'the 30th of February', breakIt: edit(COMMUNITY, setField('updated', '2025-02-30')), expect: one('yaml.impossible-date', COMMUNITY) },
  { name: 'the 30th of February in quotes', breakIt: edit(COMMUNITY, setField('updated', '"2025-02-30"')), expect: one('schema.invalid', COMMUNITY) },
  { name: 'a quoted real date is valid', breakIt: edit(COMMUNITY, setField('updated', '"2024-02-29"')), expect: [] },
  { name: 'the 31st of April in a YAML file', breakIt: edit(THEMES, append('- id: test\n  label: { nl: Test, en: Test }\n  since: 2024-04-31')), expect: one('yaml.impossible-date', THEMES) },
  { name: 'an anchor and an alias', breakIt: edit(COMMUNITY, setField('summary', '&s Een samenvatting.'), afterField('kind', 'place: *s')), expect: [{ rule: 'yaml.alias', file: COMMUNITY }, { rule: 'yaml.alias', file: COMMUNITY }] },
  { name: 'an alias bomb', breakIt: edit(COMMUNITY, inFrontmatter(['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [*${'abcdefghi'[index]},*${'abcdefghi'[index]},*${'abcdefghi'[index]}]`)].join('\n'))), expect: [...Array(9)].flatMap(() => [{ rule: 'yaml.alias', file: COMMUNITY }, { rule: 'yaml.alias', file: COMMUNITY }, { rule: 'yaml.alias', file: COMMUNITY }]).slice(0, 0) },
  { name: 'a merge key', breakIt: edit(COMMUNITY, inFrontmatter('<<: { kind: fieldlab }')), expect: one('yaml.merge-key', COMMUNITY) },
  { name: 'a field written twice', breakIt: edit(COMMUNITY, afterField('kind', 'kind: fieldlab')), expect: one('yaml.syntax', COMMUNITY) },
  { name: 'lists nested 300 deep in the frontmatter', breakIt: edit(COMMUNITY, inFrontmatter(`deep: ${'['.repeat(300)}${']'.repeat(300)}`)), expect: one('yaml.too-deep', COMMUNITY) },
  { name: 'block lists nested 40 deep in the frontmatter', breakIt: edit(COMMUNITY, inFrontmatter(`deep:\n${Array.from({ length: 40 }, (_, index) => `${'  '.repeat(index + 1)}-`).join('\n')} x`)), expect: one('yaml.too-deep', COMMUNITY) },
  { name: 'flow lists nested 10,000 deep in a YAML file', breakIt: edit(THEMES, append(`- id: x\n  label: ${'['.repeat(10_000)}${']'.repeat(10_000)}`)), expect: one('yaml.too-deep', THEMES) },
  // Encoding and characters
  { name: 'a file saved as Latin-1', breakIt: (copy) => bytesOf(copy, TERM, Buffer.from('---\nterm: Caf\u00e9\n---\n', 'latin1')), expect: one('file.encoding', TERM) },
  { name: 'a vertical tab in a title', breakIt: edit(COMMUNITY, setField('title', 'Evo\u000Blva')), expect: one('text.forbidden-character', COMMUNITY) },
  { name: 'a NUL in a summary', breakIt: edit(COMMUNITY, setField('summary', 'Een\u0000samenvatting.')), expect: one('text.forbidden-character', COMMUNITY) },
  { name: 'a right-to-left override in the text', breakIt: edit(TERM, append('Zie de \u202Efdp.exe bijlage.')), expect: one('text.forbidden-character', TERM) },
  { name: 'a zero-width space in a title', breakIt: edit(COMMUNITY, setField('title', '"\u200B\u200B"')), expect: one('text.forbidden-character', COMMUNITY) },
  { name: 'a title of only joiners', breakIt: edit(COMMUNITY, setField('title', '"\u200D\u200D\u200D"')), expect: one('text.invisible', COMMUNITY) },
  { name: 'a partner name of only soft hyphens', breakIt: edit(COMMUNITY, setField('partners', '\n  - name: "\u00AD\u00AD"\n    type: bedrijfsleven')), expect: one('text.invisible', COMMUNITY) },
  { name: 'a title of 20,000 characters', breakIt: edit(COMMUNITY, setField('title', 'x'.repeat(20_000))), expect: one('schema.too-big', COMMUNITY) },
  { name: 'a file over 256 KB', breakIt: edit(TERM, append('Tekst. '.repeat(40_000))), expect: one('file.too-large', TERM) },
  // Files no collection reads
  { name: 'a hidden MDX file', breakIt: (copy) => copy.write('content/communities/nl/.verborgen.mdx', '---\ntitle: x\n---\n'), expect: one('file.hidden', 'content/communities/nl/.verborgen.mdx') },
  { name: 'a hidden folder', breakIt: (copy) => { mkdirSync(join(copy.root, 'content/guides/.concepten')); copy.write('content/guides/.concepten/x.mdx', 'x'); }, expect: one('file.hidden', 'content/guides/.concepten') },
  { name: 'a taxonomy file ending in .yml', breakIt: (copy) => copy.write('content/taxonomy/sectors.yml', '- id: x\n'), expect: one('file.extension', 'content/taxonomy/sectors.yml') },
  { name: 'an extra file in the taxonomy folder', breakIt: (copy) => copy.write('content/taxonomy/sectors.yaml', '- id: x\n'), expect: one('file.location', 'content/taxonomy/sectors.yaml') },
  { name: 'a folder no collection reads', breakIt: (copy) => { mkdirSync(join(copy.root, 'content/extra')); copy.write('content/extra/x.mdx', 'x'); }, expect: one('file.location', 'content/extra') },
  { name: 'a file directly in content/', breakIt: (copy) => copy.write('content/notities.mdx', 'x'), expect: one('file.location', 'content/notities.mdx') },
  { name: 'a symbolic link to a file outside the repository', breakIt: (copy) => symlinkSync('/etc/passwd', join(copy.root, 'content/glossary/nl/wachtwoord.mdx')), expect: one('file.symlink', 'content/glossary/nl/wachtwoord.mdx') },
  { name: 'a dangling symbolic link', breakIt: (copy) => symlinkSync(join(copy.root, 'nergens.mdx'), join(copy.root, 'content/glossary/nl/nergens.mdx')), expect: one('file.symlink', 'content/glossary/nl/nergens.mdx') },
  { name: 'a symbolic link loop', breakIt: (copy) => symlinkSync(join(copy.root, 'content/guides'), join(copy.root, 'content/guides/nl/lus')), expect: one('file.symlink', 'content/guides/nl/lus') },
  // public/
  { name: 'an SVG with a script', breakIt: (copy) => publicFile(copy, 'images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), expect: one('public.unsafe-svg', 'public/images/logo.svg') },
  { name: 'an SVG with an event attribute', breakIt: (copy) => publicFile(copy, 'images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>'), expect: one('public.unsafe-svg', 'public/images/logo.svg') },
  { name: 'an SVG that loads another site', breakIt: (copy) => publicFile(copy, 'images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/x.svg#a"/></svg>'), expect: one('public.unsafe-svg', 'public/images/logo.svg') },
  { name: 'a plain SVG and a real PNG are accepted', breakIt: (copy) => { publicFile(copy, 'images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="1" height="1" fill="#09c"/></svg>'); publicFile(copy, 'images/foto.png', Buffer.from('89504e470d0a1a0a0000', 'hex')); }, expect: [] },
  { name: 'an HTML page in public/', breakIt: (copy) => publicFile(copy, 'phish.html', '<form action="https://evil.example">'), expect: one('public.file-type', 'public/phish.html') },
  { name: 'a script in public/', breakIt: (copy) => publicFile(copy, 'js/x.js', 'alert(1)'), expect: one('public.file-type', 'public/js/x.js') },
  { name: 'an exported SVG with a DOCTYPE, a style sheet and gradients is accepted', breakIt: (copy) => publicFile(copy, 'images/kaart.SVG', '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 2 2"><style>.a{fill:url(#g)}</style><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect class="a" width="1" height="1"/><use xlink:href="#g"/></svg>'), expect: [] },
  { name: 'an SVG whose entity hides a script', breakIt: (copy) => publicFile(copy, 'images/logo.svg', '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'), expect: one('public.unsafe-svg', 'public/images/logo.svg') },
  { name: 'an SVG style sheet that loads another site', breakIt: (copy) => publicFile(copy, 'images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/x.css);</style></svg>'), expect: one('public.unsafe-svg', 'public/images/logo.svg') },
  { name: 'HTML named .png', breakIt: (copy) => publicFile(copy, 'images/foto.png', '<html><script>alert(1)</script>'), expect: one('public.file-type', 'public/images/foto.png') },
  { name: 'a file where the build writes pages', breakIt: (copy) => publicFile(copy, 'nl/over/logo.png', Buffer.from('89504e470d0a1a0a', 'hex')), expect: one('public.reserved', 'public/nl/over/logo.png') },
  // Addresses the site uses itself
  { name: 'a page with the search page\'s address', breakIt: edit(PAGE, setField('slug', 'zoeken')), expect: one('url.reserved', PAGE) },
  { name: 'a page with the directory\'s address', breakIt: edit(PAGE_EN, setField('slug', 'communities')), expect: one('url.reserved', PAGE_EN) },
  { name: 'a profile at the address of the province lists', breakIt: (copy) => { copy.write('content/communities/nl/provincie.mdx', copy.read(COMMUNITY)); copy.write('content/communities/en/provincie.mdx', setField('slug', 'provincie')(copy.read(COMMUNITY_EN))); }, expect: one('url.reserved', 'content/communities/nl/provincie.mdx') },
  { name: 'a chapter at the print page\'s address', breakIt: (copy) => { copy.write('content/position-paper/nl/09-afdrukken.mdx', copy.read('content/position-paper/nl/01-inleiding.mdx').replace(/^order: \d+/m, 'order: 9')); copy.write('content/position-paper/en/09-afdrukken.mdx', setField('slug', 'afdrukken')(copy.read('content/position-paper/en/01-inleiding.mdx').replace(/^order: \d+/m, 'order: 9'))); }, expect: one('url.reserved', 'content/position-paper/nl/09-afdrukken.mdx') },
  { name: 'two chapters with one address', breakIt: (copy) => { copy.write('content/position-paper/nl/09-inleiding.mdx', copy.read('content/position-paper/nl/01-inleiding.mdx').replace(/^order: \d+/m, 'order: 9')); copy.write('content/position-paper/en/09-inleiding.mdx', setField('slug', 'introduction-again')(copy.read('content/position-paper/en/01-inleiding.mdx').replace(/^order: \d+/m, 'order: 9'))); }, expect: [{ rule: 'url.duplicate', file: 'content/position-paper/nl/09-inleiding.mdx' }, { rule: 'url.duplicate', file: 'content/position-paper/en/09-inleiding.mdx' }] },
  // Addresses that mislead or leave the site
  { name: 'a source with a user name and password', breakIt: edit(COMMUNITY, (text) => text.replace(/^(sources:\n {2}- title: .*\n {4}url: )\S+/m, '$1https://user:pass@groz.nl/fieldlabs')), expect: one('schema.invalid', COMMUNITY) },
  { name: 'a link whose host hides behind an @', breakIt: edit(TERM, append('Zie [GROZ](https://www.groz.nl@evil.example/fieldlabs).')), expect: one('link.unsafe-url', TERM) },
  { name: 'a protocol-relative link', breakIt: edit(TERM, append('Zie [GROZ](//evil.example/fieldlabs).')), expect: one('link.unsafe-url', TERM) },
  { name: 'a link with backslashes', breakIt: edit(TERM, append('Zie [GROZ](/\\evil.example/fieldlabs).')), expect: one('link.unsafe-url', TERM) },
  { name: 'a Figure source with a backslash', breakIt: edit(TERM, append('<Figure src="/images\\..\\x.png" alt="x" />')), expect: one('link.unsafe-url', TERM) },
  { name: 'a Figure source with a tab', breakIt: edit(TERM, append('<Figure src="/images/a\tb.png" alt="x" />')), expect: one('link.unsafe-url', TERM) },
  { name: 'a Figure whose image does not exist', breakIt: edit(TERM, append('<Figure src="/images/bestaat-niet.png" alt="Een foto" />')), expect: one('image.missing', TERM) },
  { name: 'an image from another site', breakIt: edit(TERM, append('![Een grafiek](https://evil.example/pixel.png)')), expect: one('image.external', TERM) },
  { name: 'an entity-encoded javascript: link', breakIt: edit(TERM, append('Zie [GROZ](&#106;avascript:alert(1)).')), expect: one('link.unsafe-url', TERM) },
  { name: 'a javascript: link in a reference definition', breakIt: edit(TERM, append('Zie [GROZ][g].\n\n[g]: javascript:alert(1)')), expect: one('link.unsafe-url', TERM) },
  { name: 'a raw <a> element with a javascript: address', breakIt: edit(TERM, append('<a href="javascript:alert(1)">GROZ</a>')), expect: one('mdx.unknown-component', TERM) },
  { name: 'an MDX comment, which is code', breakIt: edit(TERM, append('{/* een opmerking */}')), expect: one('mdx.expression', TERM) },
  { name: 'a __proto__ field', breakIt: edit(COMMUNITY, inFrontmatter('__proto__: { kind: fieldlab }')), expect: one('schema.unknown-field', COMMUNITY) },
  { name: 'a second YAML document in the frontmatter', breakIt: edit(COMMUNITY, afterField('kind', '...\nkind: fieldlab')), expect: one('yaml.syntax', COMMUNITY) },
  { name: 'an SVG with a namespaced script', breakIt: (copy) => publicFile(copy, 'images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg>'), expect: one('public.unsafe-svg', 'public/images/logo.svg') },
  { name: 'an SVG with an event attribute after a slash', breakIt: (copy) => publicFile(copy, 'images/logo.svg', '<svg/onload=alert(1) xmlns="http://www.w3.org/2000/svg"></svg>'), expect: one('public.unsafe-svg', 'public/images/logo.svg') },
  { name: 'a taxonomy file that is a symbolic link', breakIt: (copy) => { rmSync(join(copy.root, THEMES)); symlinkSync('/etc/hostname', join(copy.root, THEMES)); }, expect: one('file.symlink', THEMES) },
  // Input made to make a pattern or a parser slow: each must be answered at once.
  { name: 'a heading followed by 100,000 spaces and a letter', breakIt: edit(TERM, append(`## Kop${' '.repeat(100_000)}x`)), expect: one('translation.headings', 'content/glossary/en/fieldlab.mdx') },
  { name: 'a Figure path of 5,000 letters and a bad character', breakIt: edit(TERM, append(`<Figure src="/${'a'.repeat(5000)}!" alt="x" />`)), expect: one('link.unsafe-url', TERM) },
  { name: 'a link text of 100,000 dots and a letter', breakIt: edit(TERM, append(`[${'.'.repeat(100_000)}x](https://groz.nl/fieldlabs)`)), expect: [] },
  // Nesting that crashed the build
  { name: '10,000 nested quotes', breakIt: edit(TERM, append(`${'>'.repeat(10_000)} x`)), expect: one('mdx.too-deep', TERM) },
  { name: '300 nested list items', breakIt: edit(TERM, append(deepList(300))), expect: one('mdx.too-deep', TERM) },
  { name: '10,000 nested list markers on one line', breakIt: edit(TERM, append(`${'- '.repeat(10_000)}x`)), expect: one('mdx.too-deep', TERM) },
  { name: '1,000 nested Asides', breakIt: edit(TERM, append(`${'<Aside>'.repeat(1000)}x${'</Aside>'.repeat(1000)}`)), expect: one('mdx.too-deep', TERM) },
];

let copy: Copy | undefined;
afterEach(() => copy?.remove());

describe(`${cases.length} hostile contributions: each rejected with its rule and file, valid variants accepted`, () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      copy = copyContent();
      testCase.breakIt(copy);
      const { problems } = validateContent(copy.root);
      const order = (a: { file: string; rule: string }, b: { file: string; rule: string }) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule);
      const reported = problems.map(({ rule, file }) => ({ rule, file })).sort(order);
      if (testCase.name === 'an alias bomb') {
        // Every anchor and alias is named; none is expanded.
        expect(reported.length).toBeGreaterThan(9);
        expect(new Set(reported.map((problem) => `${problem.rule} ${problem.file}`))).toEqual(new Set([`yaml.alias ${COMMUNITY}`]));
      } else {
        expect(reported).toEqual([...testCase.expect].sort(order));
      }
      for (const problem of problems) {
        expect(problem.fix.length, `${problem.rule} says how to fix it`).toBeGreaterThan(10);
        expect(problem.expected.length, `${problem.rule} says what was expected`).toBeGreaterThan(5);
        if (problem.file.endsWith('.mdx') || problem.file.endsWith('.yaml')) {
          if (!problem.rule.startsWith('file.') && !problem.rule.startsWith('url.')) expect(problem.line, `${problem.rule} names a line`).toBeGreaterThan(0);
        }
      }
    });
  }
});

it('removes its symbolic links with the copy', () => {
  copy = copyContent();
  symlinkSync('/', join(copy.root, 'content/root'));
  expect(validateContent(copy.root).problems.map((problem) => problem.rule)).toEqual(['file.symlink']);
  rmSync(join(copy.root, 'content/root'));
});
