import { readFileSync } from 'node:fs';
import { phrase, reason, type PhraseKey } from '../../src/kernel/i18n/contributor/messages.ts';
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
const RESERVED = [
  'nl',
  'en',
  'pagefind',
  'data',
  'og',
  '_astro',
  '_headers',
  '_redirects',
  'robots.txt',
  'sitemap.xml',
  '404.html',
  'index.html',
];

const MAX_BYTES = 2 * 1024 * 1024;

/** What in an SVG can run code, load something, or hide either. */
const SVG_RULES: { pattern: RegExp; what: PhraseKey & `svg.${string}` }[] = [
  // Element names may carry a namespace prefix (<svg:script>); attributes may follow a / or a quote.
  { pattern: /<\s*(?:[\w.-]+:)?script\b/i, what: 'svg.script' },
  { pattern: /<\s*(?:[\w.-]+:)?foreignObject\b/i, what: 'svg.foreign-object' },
  { pattern: /<\s*(?:[\w.-]+:)?(?:iframe|embed|object|audio|video|image|feImage|a|animate\w*|set|handler|listener)\b/i, what: 'svg.embed' },
  // Styles may stay (exported SVGs use them): what in them could load anything is caught below.
  { pattern: /<!\s*ENTITY\b|<!DOCTYPE[^>]*\[/i, what: 'svg.entity' },
  { pattern: /<\?xml-stylesheet/i, what: 'svg.stylesheet' },
  { pattern: /[\s/"']on[a-z]+\s*=/i, what: 'svg.event' },
  { pattern: /[\s/"'](?:[\w.-]+:)?href\s*=\s*(?!["']#)/i, what: 'svg.href' },
  { pattern: /[\s/"'](?:[\w.-]+:)?(?:src|base)\s*=/i, what: 'svg.src' },
  { pattern: /url\s*\(\s*["']?(?!#)/i, what: 'svg.url' },
  { pattern: /javascript:|data:|@import/i, what: 'svg.reference' },
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
      problems.push({ file, ...reason('public.reserved', { paths: RESERVED.join(', '), path }) });
      continue;
    }
    const sniff = ALLOWED.get(extension);
    if (!sniff) {
      const code = ['html', 'htm', 'js', 'mjs'].includes(extension);
      problems.push({
        file,
        ...reason('public.file-type', { types: [...ALLOWED.keys()].map((type) => `.${type}`).join(', '), name }, code ? 'code' : undefined),
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
      problems.push({ file, ...reason('public.too-large', { max: MAX_BYTES / 1024 / 1024, size: bytes.length / 1024 / 1024 }) });
      continue;
    }
    if (!sniff(bytes)) {
      problems.push({ file, ...reason('public.file-type:content', { extension, format: extension.toUpperCase() }) });
      continue;
    }
    if (extension === 'svg') {
      const text = bytes.toString('utf8');
      const bad = SVG_RULES.find((rule) => rule.pattern.test(text));
      const notSvg = !/<svg[\s>]/i.test(text) || text.includes('\uFFFD');
      if (bad || notSvg) {
        const index = bad ? text.search(bad.pattern) : 0;
        problems.push({
          file,
          line: text.slice(0, Math.max(0, index)).split('\n').length,
          ...reason('public.unsafe-svg', { what: phrase(bad ? bad.what : 'svg.not-svg') }),
        });
        continue;
      }
    }
    assets.add(path);
  }
  return { problems, assets };
}
