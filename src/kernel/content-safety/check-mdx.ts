import { mdxToMdast } from 'satteri';
import { authorComponents, vagueLinkTexts } from '../schemas/mdx-components.ts';
import { limits } from './limits.ts';
import type { Problem } from './problem.ts';
import type { SourceFile } from './source-file.ts';
import { closestMatch } from './suggest.ts';
import { unsafeUrlReason } from './urls.ts';

export interface MdxContext {
  /** Glossary ids, to check <Term id>; the build's guard leaves the references to validation. */
  glossary?: ReadonlySet<string>;
  /** How to report an unknown glossary id (the validator's own message). */
  unknownTerm?: (id: string, position: { line: number; column: number }) => Problem;
  /** Files in public/ as site paths (`/images/x.jpg`), to check that images exist. */
  assets?: ReadonlySet<string>;
}

/** The parts of an mdast node this check reads. */
interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  alt?: string | null;
  depth?: number;
  value?: string;
}

const DANGEROUS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base', 'frame', 'frameset', 'svg', 'math']);
/** A path on this site that cannot be read as anything else: no \\, //, .., spaces or controls. */
const LOCAL_PATH = /^\/[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/;
const allowedNames = Object.keys(authorComponents);

function textOf(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The deepest nesting of a tree, counted without recursion. */
function depthOf(tree: Node): { depth: number; deepest: Node } {
  let result = { depth: 0, deepest: tree };
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > result.depth) result = { depth, deepest: node };
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return result;
}

/**
 * Everything the MDX of one entry may not contain, and the quality rules for public text.
 * It reads `source.body`, which is exactly what Astro's MDX compiler is given.
 */
export function checkMdx(source: SourceFile, context: MdxContext = {}): Problem[] {
  const problems: Problem[] = [];
  const file = source.file;
  const at = (node: Node) => ({
    line: (node.position?.start.line ?? 1) + source.bodyStartLine - 1,
    column: node.position?.start.column ?? 1,
  });
  const report = (node: Node, problem: Omit<Problem, 'file' | 'line' | 'column'>) => problems.push({ file, ...at(node), ...problem });

  let tree: Node;
  try {
    tree = mdxToMdast(source.body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /(\d+):(\d+)/.exec(message);
    problems.push({
      rule: 'mdx.syntax',
      file,
      line: position ? Number(position[1]) + source.bodyStartLine - 1 : source.bodyStartLine,
      ...(position ? { column: Number(position[2]) } : {}),
      expected: 'text that MDX can read: every <Component> closed, and no { or < in plain text',
      found: message.split('\n')[0] ?? message,
      fix: 'Close the component on this line (<Aside>...</Aside> or <Term id="x">...</Term>), or rewrite a { or < in the text in words.',
    });
    return problems;
  }

  // Deep nesting crashes the renderers (10,000 nested quotes ended the build with a stack
  // overflow), so it is refused before anything walks the tree recursively.
  const { depth, deepest } = depthOf(tree);
  if (depth > limits.mdxDepth) {
    report(deepest, {
      rule: 'mdx.too-deep',
      field: 'body',
      expected: `quotes, lists and components nested at most ${limits.mdxDepth} levels deep`,
      found: `${depth} levels`,
      fix: 'Flatten the text: fewer quotes (>) or list levels inside each other.',
    });
    return problems;
  }

  let previousDepth = 1;
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, {
          rule: 'mdx.import-export',
          field: 'body',
          expected: 'no import or export lines: the components Aside, Steps, Term and Figure are available without importing',
          found: `"${(node.value ?? '').split('\n')[0]}"`,
          fix: 'Delete this line. Other components and code cannot be used in contributed content.',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, {
          rule: 'mdx.expression',
          field: 'body',
          expected: 'plain text without {curly braces}: MDX runs what is between them as code',
          found: `{${node.value ?? ''}}`,
          fix: 'Remove the braces; write the text itself, or rephrase. A literal brace can be written as \\{.',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node);
        break;
      case 'link':
      case 'image':
      case 'definition':
        checkUrl(node);
        break;
      case 'heading':
        checkHeading(node);
        break;
      default:
        break;
    }
    if (node.type === 'link') checkLinkText(node);
    if (node.type === 'image' && !(node.alt ?? '').trim()) {
      report(node, {
        rule: 'image.alt-missing',
        field: 'image',
        expected: 'alt text that says what the image shows, for readers who cannot see it',
        found: `an image without alt text (${node.url ?? ''})`,
        fix: 'Write ![what the image shows](address), or for a purely decorative image use <Figure src="..." decorative />.',
      });
    }
    for (const child of node.children ?? []) visit(child);
  };

  const checkComponent = (node: Node) => {
    const name = node.name ?? '';
    const rule = authorComponents[name];
    if (!rule) {
      const dangerous = DANGEROUS.has(name.toLowerCase());
      const suggestion = closestMatch(name, allowedNames);
      report(node, {
        rule: dangerous ? 'mdx.unsafe-element' : 'mdx.unknown-component',
        field: `<${name || 'fragment'}>`,
        expected: `only the components ${allowedNames.join(', ')}`,
        found: `<${name || '>'}>`,
        fix: dangerous
          ? `Remove <${name}>: scripts, frames, styles, objects and forms cannot be part of contributed content.`
          : `${suggestion ? `Did you mean <${suggestion}>? ` : ''}Use one of the listed components, or write the text in Markdown.`,
      });
      return;
    }
    const given = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        report(node, { rule: 'mdx.expression', field: `<${name}>`, expected: 'attributes written as name="value"', found: 'a {...} spread', fix: 'Write each attribute as name="value".' });
        continue;
      }
      const attributeName = attribute.name;
      given.add(attributeName);
      const field = `<${name} ${attributeName}>`;
      if (/^on/i.test(attributeName)) {
        report(node, { rule: 'mdx.event-handler', field, expected: 'no on... attributes: they run code in the reader\'s browser', found: attributeName, fix: `Remove ${attributeName}.` });
        continue;
      }
      const allowed = rule.attributes[attributeName];
      if (!allowed) {
        const names = Object.keys(rule.attributes);
        report(node, {
          rule: 'mdx.unknown-attribute',
          field,
          expected: names.length ? `only these attributes on <${name}>: ${names.join(', ')}` : `no attributes on <${name}>`,
          found: attributeName,
          fix: `Remove ${attributeName}. <${name}> is ${rule.purpose}.`,
        });
        continue;
      }
      const value = attribute.value;
      if (value !== null && value !== undefined && typeof value !== 'string') {
        report(node, { rule: 'mdx.expression', field, expected: `${attributeName}="text" in quotes`, found: `${attributeName}={...}`, fix: `Write ${attributeName}="..." with plain text between double quotes.` });
        continue;
      }
      if (allowed.flag) continue;
      if (typeof value !== 'string') {
        report(node, { rule: 'mdx.attribute-value', field, expected: `${attributeName}="..." with a value`, found: `${attributeName} without a value`, fix: `Give ${attributeName} a value in double quotes.` });
      } else if (allowed.values && !allowed.values.includes(value)) {
        report(node, { rule: 'mdx.attribute-value', field, expected: `one of: ${allowed.values.join(', ')}`, found: `"${value}"`, fix: `Use ${attributeName}="${allowed.values[0]}" or another listed value.` });
      } else if (allowed.localPath && !LOCAL_PATH.test(value)) {
        report(node, { rule: 'link.unsafe-url', field, expected: 'a path on this site of letters, digits, -, _ and . between slashes, such as /images/photo.jpg', found: `"${[...value.slice(0, 60)].map((character) => (/[\u0000-\u001F\u007F]/.test(character) ? `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : character)).join('')}"`, fix: 'Put the image in public/images/ and write its path, e.g. src="/images/photo.jpg" (no \\, spaces, .. or other sites).' });
      }
    }
    for (const [attributeName, attributeRule] of Object.entries(rule.attributes)) {
      if (attributeRule.required && !given.has(attributeName)) {
        report(node, { rule: 'mdx.attribute-missing', field: `<${name} ${attributeName}>`, expected: `<${name}> with ${attributeName}="..."`, found: `<${name}> without ${attributeName}`, fix: `Add ${attributeName}="...". <${name}> is ${rule.purpose}.` });
      }
    }
    if (name === 'Figure' && !given.has('alt') && !given.has('decorative')) {
      report(node, { rule: 'image.alt-missing', field: '<Figure alt>', expected: 'alt="what the image shows", or decorative for a purely decorative image', found: '<Figure> without alt', fix: 'Add alt="..." describing the image, or decorative if it adds nothing to the text.' });
    }
    if (name === 'Term') {
      const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
      if (typeof id === 'string' && context.glossary && context.unknownTerm && !context.glossary.has(id)) {
        problems.push(context.unknownTerm(id, at(node)));
      }
    }
    if (name === 'Figure') {
      const src = node.attributes?.find((attribute) => attribute.name === 'src')?.value;
      if (typeof src === 'string' && LOCAL_PATH.test(src)) checkAsset(node, src, '<Figure src>');
    }
  };

  const checkAsset = (node: Node, path: string, field: string) => {
    if (!context.assets || context.assets.has(path)) return;
    report(node, {
      rule: 'image.missing',
      field,
      expected: 'an image that exists in public/ (the path after public, like /images/photo.jpg)',
      found: `"${path}", which is not in public/`,
      fix: `Add the image as public${path}, or correct the path.`,
    });
  };

  const checkUrl = (node: Node) => {
    const url = node.url ?? '';
    const unsafe = unsafeUrlReason(url);
    if (unsafe) {
      report(node, { rule: unsafe.rule, field: node.type, expected: unsafe.expected, found: `"${[...url.slice(0, 60)].map((character) => (/[\u0000-\u001F\u007F\s]/.test(character) && character !== ' ' ? `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : character)).join('')}"`, fix: unsafe.fix });
      return;
    }
    if (node.type === 'image') {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        report(node, { rule: 'image.external', field: 'image', expected: 'an image from this site (public/images/...): pages load nothing from other sites', found: `"${url.slice(0, 80)}"`, fix: 'Download the image (if its licence allows), add it to public/images/ and write ![...](/images/name.jpg).' });
      } else if (url.startsWith('/')) {
        checkAsset(node, url.split(/[?#]/)[0] ?? url, 'image');
      }
      return;
    }
    if (url.startsWith('www.')) {
      report(node, { rule: 'link.malformed', field: node.type, expected: 'a complete web address starting with https://', found: `"${url}"`, fix: `Write https://${url}.` });
    }
  };

  const checkLinkText = (node: Node) => {
    // Vague texts are a few words; a long text is not one (and is not run through the pattern).
    const raw = textOf(node);
    if (raw.length > 200) return;
    const text = raw.toLowerCase().replace(/[.!?:»›>→…\s]+$/u, '').replace(/\s+/g, ' ').trim();
    if (text === '') {
      report(node, { rule: 'link.empty-text', field: 'link', expected: 'link text that says where the link goes', found: 'a link without text', fix: 'Write the destination as the link text, e.g. [the GROZ fieldlabs](https://groz.nl/fieldlabs).' });
    } else if (vagueLinkTexts.includes(text)) {
      report(node, { rule: 'link.vague-text', field: 'link', expected: 'link text that says where the link goes, also when read on its own', found: `"${textOf(node)}"`, fix: 'Replace it with words that name the destination, e.g. "the position paper on the Kennisbank Sociale Innovatie".' });
    }
  };

  const checkHeading = (node: Node) => {
    const depth = node.depth ?? 2;
    if (textOf(node).trim() === '') {
      report(node, { rule: 'heading.empty', field: 'heading', expected: 'a heading with text', found: 'an empty heading', fix: 'Write the heading text after the #-signs, or remove the line.' });
    }
    if (depth === 1) {
      report(node, { rule: 'heading.level', field: 'heading', expected: 'section headings starting at ## (the page title is the only level-1 heading)', found: '# (level 1)', fix: 'Write ## instead of #.' });
    } else if (depth > previousDepth + 1) {
      report(node, { rule: 'heading.skipped', field: 'heading', expected: `a heading at most one level deeper than the one before (${'#'.repeat(previousDepth + 1)})`, found: `${'#'.repeat(depth)} after ${'#'.repeat(previousDepth)}`, fix: `Write ${'#'.repeat(previousDepth + 1)} here, or add the missing level above it.` });
    }
    previousDepth = depth;
  };

  visit(tree);
  return problems;
}
