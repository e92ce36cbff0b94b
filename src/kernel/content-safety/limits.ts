/**
 * Limits on what a contribution may be. Each keeps a hostile or broken file from crashing
 * or slowing the build (deep nesting overflows the renderers' recursion; huge files and
 * titles break layouts and feeds); real content stays far below them.
 */
export const limits = {
  /** Bytes of one MDX file: the longest chapter is about 20 KB. */
  mdxBytes: 256 * 1024,
  /** Bytes of one YAML file (taxonomy, self-scan). */
  yamlBytes: 128 * 1024,
  /** Nesting of YAML lists and groups: the deepest real file nests 4 levels. */
  yamlDepth: 12,
  /** Nesting of Markdown blocks and components (quotes in lists in asides...). */
  mdxDepth: 24,
  /** Characters of a title, a glossary term or a partner's name. */
  titleLength: 150,
  /** Characters of a source's title: publication titles run long. */
  sourceTitleLength: 300,
} as const;
