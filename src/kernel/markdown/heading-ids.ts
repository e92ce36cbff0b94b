import GithubSlugger from 'github-slugger';

export interface SourceHeading {
  depth: number;
  text: string;
  /** 1-based line in the source. */
  line: number;
}

/** The lines of a Markdown/MDX source outside fenced code blocks, with their 1-based line numbers. */
export function linesOutsideCode(source: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | undefined;
  source.split('\n').forEach((text, index) => {
    const fenceMatch = /^\s*(```|~~~)/.exec(text);
    if (fenceMatch) {
      fence = fence === fenceMatch[1] ? undefined : (fence ?? fenceMatch[1]);
      return;
    }
    if (!fence) lines.push({ text, line: index + 1 });
  });
  return lines;
}

/** Section headings (## and ###) of a Markdown/MDX source, as plain text, in order. */
export function sourceHeadings(source: string): SourceHeading[] {
  const headings: SourceHeading[] = [];
  for (const { text: raw, line } of linesOutsideCode(source)) {
    // Trailing spaces and closing #s are trimmed without a backtracking pattern, so a long
    // line of spaces cannot make this slow.
    const match = /^(#{2,3})[ \t]+(.*)$/.exec(raw.trimEnd());
    if (!match) continue;
    const text = (match[2] ?? '')
      .replace(/#+$/, '')
      .trimEnd()
      .replace(/\[\^[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '')
      .trim();
    headings.push({ depth: (match[1] ?? '').length, text, line });
  }
  return headings;
}

/** The ids github-slugger gives these headings, as Astro would. */
export function slugsOf(headings: readonly SourceHeading[]): string[] {
  const slugger = new GithubSlugger();
  return headings.map((heading) => slugger.slug(heading.text));
}

/** Whether two versions have the same heading outline: same number, same levels. */
export function sameOutline(a: readonly SourceHeading[], b: readonly SourceHeading[]): boolean {
  return a.length === b.length && a.every((heading, index) => heading.depth === b[index]?.depth);
}

/**
 * The ids for a translation's section headings. Both languages use the Dutch (source)
 * headings' ids, so `#hoe-het-begon` names the same section in `/nl/...` and `/en/...`
 * and the language switch can keep the reader's place. Where the outlines differ, each
 * version falls back to ids from its own headings.
 */
export function sharedSectionIds(own: string, dutch: string | undefined): string[] {
  const ownHeadings = sourceHeadings(own);
  const dutchHeadings = dutch === undefined ? undefined : sourceHeadings(dutch);
  return slugsOf(dutchHeadings && sameOutline(ownHeadings, dutchHeadings) ? dutchHeadings : ownHeadings);
}
