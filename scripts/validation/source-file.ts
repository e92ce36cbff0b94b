import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';

/** A content file read from disk, with its YAML parsed and positions kept for messages. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  text: string;
  /** The YAML part: the whole file for .yaml, the frontmatter for .mdx. */
  yaml: Document;
  /** Line (1-based) in the file where the YAML starts. */
  yamlStartLine: number;
  lineCounter: LineCounter;
  /** The Markdown body (empty for YAML files) and the line it starts on. */
  body: string;
  bodyStartLine: number;
  /** Present when the file has no frontmatter block at all. */
  missingFrontmatter: boolean;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function readSourceFile(root: string, file: string): SourceFile {
  const text = readFileSync(`${root}/${file}`, 'utf8').replace(/^\uFEFF/, '');
  return parseSourceFile(file, text);
}

export function parseSourceFile(file: string, text: string): SourceFile {
  const lineCounter = new LineCounter();
  if (file.endsWith('.yaml') || file.endsWith('.yml')) {
    return {
      file, text, lineCounter,
      yaml: parseDocument(text, { lineCounter, prettyErrors: false }),
      yamlStartLine: 1, body: '', bodyStartLine: 1, missingFrontmatter: false,
    };
  }
  const match = FRONTMATTER.exec(text);
  const frontmatter = match?.[1] ?? '';
  const consumed = match?.[0] ?? '';
  return {
    file, text, lineCounter,
    yaml: parseDocument(frontmatter, { lineCounter, prettyErrors: false }),
    yamlStartLine: 2,
    body: text.slice(consumed.length),
    bodyStartLine: consumed.split('\n').length,
    missingFrontmatter: match === null,
  };
}

export interface Position {
  line: number;
  column: number;
}

/** Line and column in the file of a YAML offset. */
export function positionOfOffset(source: SourceFile, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: line + source.yamlStartLine - 1, column: col };
}

/**
 * Where a field is written, for a path like ['partners', 1, 'type']. When the field itself
 * is missing, the nearest written parent is used, so a message still points somewhere useful.
 */
export function positionOfPath(source: SourceFile, path: readonly PropertyKey[]): Position | undefined {
  let node: unknown = source.yaml.contents;
  let position: Position | undefined =
    node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)
      ? positionOfOffset(source, node.range[0] as number)
      : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) return position;
      const keyNode = pair.key as { range?: [number, number, number] };
      if (keyNode.range) position = positionOfOffset(source, keyNode.range[0]);
      node = pair.value;
      const valueNode = node as { range?: [number, number, number] } | null;
      if (valueNode?.range && !isMap(node)) position = positionOfOffset(source, valueNode.range[0]);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) return position;
      if (item.range) position = positionOfOffset(source, item.range[0]);
      node = item;
    } else {
      return position;
    }
  }
  return position;
}
