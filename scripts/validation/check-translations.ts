import { linesOutsideCode, sameOutline, sourceHeadings, type SourceHeading } from '../../src/kernel/markdown/heading-ids.ts';
import { phrase, reason, type Value } from '../../src/kernel/i18n/contributor/messages.ts';
import { FOOTNOTE } from './check-sources.ts';
import type { EntryFile } from './collect.ts';
import type { Problem } from './problem.ts';
import { positionOfPath } from './source-file.ts';

/** Each translation with its Dutch original, where both exist. */
function translationPairs(entries: readonly EntryFile[]): [translation: EntryFile, original: EntryFile][] {
  const dutch = new Map(entries.filter((entry) => entry.lang === 'nl').map((entry) => [`${entry.collection}/${entry.slug}`, entry]));
  return entries.flatMap((entry) => {
    const original = entry.lang === 'nl' ? undefined : dutch.get(`${entry.collection}/${entry.slug}`);
    return original ? [[entry, original] as [EntryFile, EntryFile]] : [];
  });
}

function outline(headings: readonly SourceHeading[]): Value {
  return headings.map((heading) => `${'#'.repeat(heading.depth)} ${heading.text}`).join(' | ') || phrase('headings.none');
}

/**
 * A translation keeps the Dutch version's section headings: the same number, at the same
 * levels, in the same order. Both languages then share section ids, so a link to a section
 * and the language switch work in either language.
 */
export function checkHeadingOutlines(entries: readonly EntryFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const [entry, source] of translationPairs(entries)) {
    const own = sourceHeadings(entry.source.body);
    const original = sourceHeadings(source.source.body);
    if (sameOutline(own, original)) continue;
    const differs = own.findIndex((heading, index) => heading.depth !== original[index]?.depth);
    const at = own[differs >= 0 ? differs : own.length - 1];
    problems.push({
      file: entry.source.file,
      line: at ? entry.source.bodyStartLine + at.line - 1 : entry.source.bodyStartLine,
      field: 'headings',
      ...reason('translation.headings', {
        file: source.source.file,
        theirs: original.length,
        theirOutline: outline(original),
        ours: own.length,
        ourOutline: outline(own),
      }),
    });
  }
  return problems;
}

/**
 * Every Dutch entry has its English counterpart and the reverse, or says `untranslated: true`
 * so that a missing translation is a decision, not an oversight.
 */
export function checkPairing(entries: readonly EntryFile[]): Problem[] {
  const byKey = new Map<string, Map<string, EntryFile>>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.slug}`;
    byKey.set(key, (byKey.get(key) ?? new Map()).set(entry.lang, entry));
  }
  const problems: Problem[] = [];
  for (const versions of byKey.values()) {
    for (const entry of versions.values()) {
      const other = entry.lang === 'nl' ? 'en' : 'nl';
      const marked = entry.source.yaml.get('untranslated') === true;
      const counterpartPath = entry.source.file.replace(`/${entry.lang}/`, `/${other}/`);
      if (versions.has(other)) {
        if (marked) {
          problems.push({
            file: entry.source.file,
            ...(positionOfPath(entry.source, ['untranslated']) ?? {}),
            field: 'untranslated',
            ...reason('translation.marked-but-present', { counterpart: counterpartPath }),
          });
        }
        continue;
      }
      if (marked) continue;
      problems.push({
        file: entry.source.file,
        line: 1,
        field: 'translation',
        ...reason(entry.lang === 'nl' ? 'translation.missing' : 'translation.orphaned', { counterpart: counterpartPath }),
      });
    }
  }
  return problems;
}

/** The lines of a Markdown body that define a footnote (`[^1]: Source, https://...`). */
function footnoteLines(body: string): number[] {
  return linesOutsideCode(body)
    .filter(({ text }) => FOOTNOTE.test(text))
    .map(({ line }) => line);
}

/**
 * A translation cites the same sources as the Dutch original: as many footnotes, so that
 * every fact in one language can be checked in the other. (The addresses may differ: a
 * source often has a page in each language.)
 */
export function checkFootnoteCounts(entries: readonly EntryFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const [entry, original] of translationPairs(entries)) {
    const own = footnoteLines(entry.source.body);
    const theirs = footnoteLines(original.source.body);
    if (own.length === theirs.length) continue;
    problems.push({
      file: entry.source.file,
      line: own.at(-1) ?? entry.source.bodyStartLine,
      field: 'footnotes',
      ...reason(
        'translation.footnotes',
        { file: original.source.file, theirs: theirs.length, count: own.length },
        own.length < theirs.length ? undefined : 'more',
      ),
    });
  }
  return problems;
}
