import { readFileSync } from 'node:fs';
import type { Problem } from './problem.ts';
import { unreadableProblem } from '../../src/kernel/content-safety/problem.ts';
import { walkTree } from './walk.ts';

/**
 * public/ is published as it is, at the site's own address and, on hosts that ignore
 * `_headers` (GitHub Pages), without the Content-Security-Policy. So it may hold only the
 * file types the site needs, each being what its name says, and SVGs that cannot run code
 * or load anything. Its files are the images that content may show (`/images/x.jpg`).
 */
const ALLOWED = new Map<string, (bytes: Buffer) => boolean>([
  ['png', (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['jpg', (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff],
  ['jpeg', (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff],
  ['gif', (bytes) => bytes.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['webp', (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['avif', (bytes) => bytes.subarray(4, 12).toString('latin1') === 'ftypavif'],
  ['ico', (bytes) => bytes.subarray(0, 4).equals(Buffer.from([0, 0, 1, 0]))],
  ['pdf', (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['svg', () => true],
]);

/** Paths the build writes itself: a file in public/ there would replace or shadow them. */
const RESERVED = ['nl', 'en', 'pagefind', 'data', 'og', '_astro', '_headers', '_redirects', 'robots.txt', 'sitemap.xml', '404.html', 'index.html'];

const MAX_BYTES = 2 * 1024 * 1024;

/** What in an SVG can run code, load something, or hide either. */
const SVG_RULES: { pattern: RegExp; what: string }[] = [
  // Element names may carry a namespace prefix (<svg:script>); attributes may follow a / or a quote.
  { pattern: /<\s*(?:[\w.-]+:)?script\b/i, what: 'a <script> element' },
  { pattern: /<\s*(?:[\w.-]+:)?foreignObject\b/i, what: 'a <foreignObject> element (HTML inside the SVG)' },
  { pattern: /<\s*(?:[\w.-]+:)?(?:iframe|embed|object|audio|video|image|feImage|a|animate\w*|set|handler|listener)\b/i, what: 'an element that embeds, links or changes attributes (<iframe>, <image>, <a>, <animate>, <set>...)' },
  // Styles may stay (exported SVGs use them): what in them could load anything is caught below.
  { pattern: /<!\s*ENTITY\b|<!DOCTYPE[^>]*\[/i, what: 'an ENTITY declaration or a DOCTYPE with its own definitions (which can hide markup)' },
  { pattern: /<\?xml-stylesheet/i, what: 'an xml-stylesheet instruction' },
  { pattern: /[\s/"']on[a-z]+\s*=/i, what: 'an on... event attribute' },
  { pattern: /[\s/"'](?:[\w.-]+:)?href\s*=\s*(?!["']#)/i, what: 'an href to anything but a part of the same image (#id)' },
  { pattern: /[\s/"'](?:[\w.-]+:)?(?:src|base)\s*=/i, what: 'a src or xml:base attribute' },
  { pattern: /url\s*\(\s*["']?(?!#)/i, what: 'a url(...) to anything but a part of the same image (#id)' },
  { pattern: /javascript:|data:|@import/i, what: 'a javascript:, data: or @import reference' },
];

export function checkPublic(root: string): { problems: Problem[]; assets: Set<string> } {
  const walked = walkTree(root, 'public');
  const problems: Problem[] = [...walked.problems];
  const assets = new Set<string>();
  for (const file of walked.files) {
    const path = file.slice('public'.length);
    const name = file.slice(file.lastIndexOf('/') + 1);
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
    const top = path.split('/')[1] ?? '';
    if (RESERVED.includes(top)) {
      problems.push({ rule: 'public.reserved', file, expected: `no files at paths the build writes itself (${RESERVED.join(', ')})`, found: `public${path}`, fix: 'Move the file to public/images/ (or another folder of its own), or remove it.' });
      continue;
    }
    const sniff = ALLOWED.get(extension);
    if (!sniff) {
      problems.push({
        rule: 'public.file-type',
        file,
        expected: `only images and documents the pages show: ${[...ALLOWED.keys()].map((type) => `.${type}`).join(', ')}`,
        found: `"${name}"`,
        fix: extension === 'html' || extension === 'htm' || extension === 'js' || extension === 'mjs'
          ? 'Remove the file: pages and scripts are made by the build from content/ and src/, never copied from public/ (they would run without the site\'s security policy).'
          : 'Remove the file, or convert it to one of the listed types.',
      });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(`${root}/${file}`);
    } catch (error) {
      problems.push(unreadableProblem(file, error));
      continue;
    }
    if (bytes.length > MAX_BYTES) {
      problems.push({ rule: 'public.too-large', file, expected: `a file of at most ${MAX_BYTES / 1024 / 1024} MB`, found: `${(bytes.length / 1024 / 1024).toFixed(1)} MB`, fix: 'Make the image smaller (at most 2,000 pixels wide is plenty) or compress it.' });
      continue;
    }
    if (!sniff(bytes)) {
      problems.push({ rule: 'public.file-type', file, expected: `a real .${extension} file`, found: `a file whose content is not ${extension.toUpperCase()}`, fix: `Save the file in the format its name says (.${extension}), or give it the ending of its real format.` });
      continue;
    }
    if (extension === 'svg') {
      const text = bytes.toString('utf8');
      const bad = SVG_RULES.find((rule) => rule.pattern.test(text));
      const notSvg = !/<svg[\s>]/i.test(text) || text.includes('\uFFFD');
      if (bad || notSvg) {
        const index = bad ? text.search(bad.pattern) : 0;
        problems.push({
          rule: 'public.unsafe-svg',
          file,
          line: text.slice(0, Math.max(0, index)).split('\n').length,
          expected: 'an SVG image of shapes and text only: no scripts, event attributes, styles, links or embedded content',
          found: bad ? bad.what : 'a file that is not a UTF-8 SVG image',
          fix: 'Export the image again as a plain SVG (or optimise it with SVGO and remove the part named), or use a PNG instead.',
        });
        continue;
      }
    }
    assets.add(path);
  }
  return { problems, assets };
}
