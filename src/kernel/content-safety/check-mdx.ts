import { mdxToMdast } from 'satteri';
import { phrase, reason } from '../i18n/contributor/messages.ts';
import { authorComponents, vagueLinkTexts } from '../schemas/mdx-components.ts';
import { limits } from './limits.ts';
import type { Problem } from './problem.ts';
import type { SourceFile } from './source-file.ts';
import { closestMatch } from './suggest.ts';
import { shownUrl, unsafeUrlReason } from './urls.ts';

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

const DANGEROUS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'form',
  'input',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'svg',
  'math',
]);
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
      file,
      line: position ? Number(position[1]) + source.bodyStartLine - 1 : source.bodyStartLine,
      ...(position ? { column: Number(position[2]) } : {}),
      ...reason('mdx.syntax', { error: message.split('\n')[0] ?? message }),
    });
    return problems;
  }

  // Deep nesting crashes the renderers (10,000 nested quotes ended the build with a stack
  // overflow), so it is refused before anything walks the tree recursively.
  const { depth, deepest } = depthOf(tree);
  if (depth > limits.mdxDepth) {
    report(deepest, { field: 'body', ...reason('mdx.too-deep', { max: limits.mdxDepth, depth }) });
    return problems;
  }

  let previousDepth = 1;
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, { field: 'body', ...reason('mdx.import-export', { line: (node.value ?? '').split('\n')[0] ?? '' }) });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, { field: 'body', ...reason('mdx.expression', { expression: `{${node.value ?? ''}}` }) });
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
      report(node, { field: 'image', ...reason('image.alt-missing', { url: node.url ?? '' }) });
    }
    for (const child of node.children ?? []) visit(child);
  };

  const checkComponent = (node: Node) => {
    const name = node.name ?? '';
    const rule = authorComponents[name];
    if (!rule) {
      const dangerous = DANGEROUS.has(name.toLowerCase());
      const suggestion = closestMatch(name, allowedNames);
      const shown = { components: allowedNames.join(', '), tag: `<${name || '>'}>` };
      report(node, {
        field: `<${name || 'fragment'}>`,
        ...(dangerous
          ? reason('mdx.unsafe-element', { ...shown, name })
          : reason('mdx.unknown-component', { ...shown, ...(suggestion ? { suggestion } : {}) }, suggestion ? 'suggestion' : undefined)),
      });
      return;
    }
    const given = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        report(node, { field: `<${name}>`, ...reason('mdx.expression:spread') });
        continue;
      }
      const attributeName = attribute.name;
      given.add(attributeName);
      const field = `<${name} ${attributeName}>`;
      if (/^on/i.test(attributeName)) {
        report(node, { field, ...reason('mdx.event-handler', { attribute: attributeName }) });
        continue;
      }
      const allowed = rule.attributes[attributeName];
      if (!allowed) {
        const names = Object.keys(rule.attributes);
        report(node, {
          field,
          ...reason(
            'mdx.unknown-attribute',
            { name, attributes: names.join(', '), attribute: attributeName, purpose: phrase(rule.purpose) },
            names.length ? undefined : 'none',
          ),
        });
        continue;
      }
      const value = attribute.value;
      if (value !== null && value !== undefined && typeof value !== 'string') {
        report(node, { field, ...reason('mdx.expression:attribute', { attribute: attributeName }) });
        continue;
      }
      if (allowed.flag) continue;
      if (typeof value !== 'string') {
        report(node, { field, ...reason('mdx.attribute-value:missing', { attribute: attributeName }) });
      } else if (allowed.values && !allowed.values.includes(value)) {
        report(node, {
          field,
          ...reason('mdx.attribute-value', {
            values: allowed.values.join(', '),
            value,
            attribute: attributeName,
            first: allowed.values[0] ?? '',
          }),
        });
      } else if (allowed.localPath && !LOCAL_PATH.test(value)) {
        report(node, { field, ...reason('link.unsafe-url:local-path', { value: shownUrl(value) }) });
      }
    }
    for (const [attributeName, attributeRule] of Object.entries(rule.attributes)) {
      if (attributeRule.required && !given.has(attributeName)) {
        report(node, {
          field: `<${name} ${attributeName}>`,
          ...reason('mdx.attribute-missing', { name, attribute: attributeName, purpose: phrase(rule.purpose) }),
        });
      }
    }
    if (name === 'Figure' && !given.has('alt') && !given.has('decorative')) {
      report(node, { field: '<Figure alt>', ...reason('image.alt-missing:figure') });
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
    report(node, { field, ...reason('image.missing', { path }) });
  };

  const checkUrl = (node: Node) => {
    const url = node.url ?? '';
    const unsafe = unsafeUrlReason(url);
    if (unsafe) {
      report(node, { field: node.type, ...unsafe });
      return;
    }
    if (node.type === 'image') {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        report(node, { field: 'image', ...reason('image.external', { url: url.slice(0, 80) }) });
      } else if (url.startsWith('/')) {
        checkAsset(node, url.split(/[?#]/)[0] ?? url, 'image');
      }
      return;
    }
    if (url.startsWith('www.')) {
      report(node, { field: node.type, ...reason('link.malformed:www', { url }) });
    }
  };

  const checkLinkText = (node: Node) => {
    // Vague texts are a few words; a long text is not one (and is not run through the pattern).
    const raw = textOf(node);
    if (raw.length > 200) return;
    const text = raw
      .toLowerCase()
      .replace(/[.!?:»›>→…\s]+$/u, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text === '') {
      report(node, { field: 'link', ...reason('link.empty-text') });
    } else if (vagueLinkTexts.includes(text)) {
      report(node, { field: 'link', ...reason('link.vague-text', { text: textOf(node) }) });
    }
  };

  const checkHeading = (node: Node) => {
    const depth = node.depth ?? 2;
    if (textOf(node).trim() === '') {
      report(node, { field: 'heading', ...reason('heading.empty') });
    }
    if (depth === 1) {
      report(node, { field: 'heading', ...reason('heading.level') });
    } else if (depth > previousDepth + 1) {
      report(node, {
        field: 'heading',
        ...reason('heading.skipped', {
          next: '#'.repeat(previousDepth + 1),
          level: '#'.repeat(depth),
          previous: '#'.repeat(previousDepth),
        }),
      });
    }
    previousDepth = depth;
  };

  visit(tree);
  return problems;
}
