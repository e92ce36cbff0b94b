import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import { reason } from '../i18n/contributor/messages.ts';
import { splitMdx } from './frontmatter.ts';
import { limits } from './limits.ts';
import { unreadableProblem, type Problem } from './problem.ts';
import { decodeUtf8, forbiddenCharacterProblems } from './text.ts';
import { readYaml } from './yaml.ts';

/**
 * A content file read once, the way the build reads it: the validator checks this reading,
 * and the build's content guard (src/kernel/content-safety/content-guard.ts) makes the same reading
 * of the code Astro is about to compile.
 */
export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  text: string;
  /** The YAML part (the whole file for .yaml, the frontmatter for .mdx), for positions. */
  yaml: Document;
  /** Line (1-based) in the file where the YAML starts. */
  yamlStartLine: number;
  lineCounter: LineCounter;
  /** What the MDX compiler is given (frontmatter blanked, lines kept); '' for YAML files. */
  body: string;
  /** Line of the file that line 1 of `body` is: always 1, as the body keeps the file's lines. */
  bodyStartLine: number;
  /** Present when the file has no frontmatter block at all. */
  missingFrontmatter: boolean;
  /** The data the build gets (js-yaml's reading), when the file could be read safely. */
  data?: unknown;
  /** Why the file could not be read safely: encoding, characters, size, frontmatter, YAML. */
  problems: Problem[];
}

function unreadable(file: string, text: string, problems: Problem[]): SourceFile {
  const lineCounter = new LineCounter();
  return {
    file,
    text,
    lineCounter,
    problems,
    yaml: parseDocument('', { lineCounter }),
    yamlStartLine: 1,
    body: '',
    bodyStartLine: 1,
    missingFrontmatter: false,
  };
}

/** Reads and parses a content file from its bytes. Never throws on bad content. */
export function parseSourceBytes(file: string, bytes: Uint8Array): SourceFile {
  const isYaml = file.endsWith('.yaml');
  const maxBytes = isYaml ? limits.yamlBytes : limits.mdxBytes;
  if (bytes.length > maxBytes) {
    return unreadable(file, '', [
      {
        file,
        ...reason(
          'file.too-large',
          { max: Math.round(maxBytes / 1024), size: Math.round(bytes.length / 1024) },
          isYaml ? 'yaml' : undefined,
        ),
      },
    ]);
  }
  const decoded = decodeUtf8(file, bytes);
  if ('problem' in decoded) return unreadable(file, '', [decoded.problem]);
  return parseSourceFile(file, decoded.text);
}

export function parseSourceFile(file: string, text: string): SourceFile {
  const characters = forbiddenCharacterProblems(file, text);
  if (characters.length > 0) return unreadable(file, text, characters);

  if (file.endsWith('.yaml')) {
    const reading = readYaml(file, text.replace(/^\uFEFF/, ''), 1);
    return {
      file,
      text,
      yaml: reading.document,
      yamlStartLine: 1,
      lineCounter: reading.lineCounter,
      body: '',
      bodyStartLine: 1,
      missingFrontmatter: false,
      problems: reading.problems,
      ...('data' in reading ? { data: reading.data } : {}),
    };
  }
  const parts = splitMdx(file, text);
  const reading = readYaml(file, parts.frontmatter, parts.frontmatterLine);
  const problems = parts.problems.length > 0 ? parts.problems : reading.problems;
  return {
    file,
    text,
    yaml: reading.document,
    yamlStartLine: parts.frontmatterLine,
    lineCounter: reading.lineCounter,
    body: parts.body,
    bodyStartLine: 1,
    missingFrontmatter: parts.missing,
    problems,
    ...(problems.length === 0 ? { data: reading.data ?? {} } : {}),
  };
}

export function readSourceFile(root: string, file: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(`${root}/${file}`);
  } catch (error) {
    return unreadable(file, '', [unreadableProblem(file, error)]);
  }
  try {
    return parseSourceBytes(file, bytes);
  } catch (error) {
    // A bug or an input no rule foresaw: still a message with the file, never a stack trace.
    return unreadable(file, '', [unexpected(file, error)]);
  }
}

/** A problem for an error no rule foresaw, so the file is named and nothing is built. */
export function unexpected(file: string, error: unknown): Problem {
  if (error instanceof RangeError) return { file, ...reason('file.unreadable:unexpected', {}) };
  return {
    file,
    ...reason('file.unreadable:unexpected', { error: String(error instanceof Error ? error.message : error).slice(0, 120) }, 'error'),
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
