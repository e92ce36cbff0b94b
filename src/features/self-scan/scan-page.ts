import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../../kernel/i18n/locales.ts';
import { sharedSectionIds, sourceHeadings } from '../../kernel/markdown/heading-ids.ts';
import { scoreBands, type AdviceLink, type ScoreBand } from '../../kernel/schemas/action-scan.ts';
import { definitionFrom, pointsFor, type ScanDefinition } from './scoring.ts';
import { findLocalized } from '../../kernel/content/entries.ts';
import { entryUrls } from '../../kernel/content/entry-urls.ts';

/** A link in a piece of advice, resolved to its address and title in the page's language. */
export type ScanLink =
  | { kind: 'chapter'; href: string; title: string; order: number; section?: string | undefined }
  | { kind: 'guide'; href: string; title: string }
  | { kind: 'glossary'; href: string; title: string };

export interface ScanDimension {
  id: string;
  title: string;
  intro: string;
  basis: string;
  statements: { id: string; text: string }[];
  advice: Record<ScoreBand, { text: string; links: ScanLink[] }>;
}

export interface ScanPage {
  definition: ScanDefinition;
  /** The answer options, lowest first, with the points each is worth (0-100). */
  scale: { value: number; label: string; points: number }[];
  dontKnow: string;
  bands: ScanDefinition['bands'];
  dimensions: ScanDimension[];
}

function missing(dimension: string, what: string): Error {
  return new Error(
    `The self-scan's advice for "${dimension}" links to ${what}, which does not exist. Run \`npm run validate\` to see where and how to fix it.`,
  );
}

/** The heading text of a chapter's section, in the language the chapter is shown in. */
async function sectionTitle(chapter: string, section: string, body: string | undefined): Promise<string | undefined> {
  const dutch = await getEntry('positionPaper', `nl/${chapter}`);
  const own = body ?? '';
  const index = sharedSectionIds(own, dutch?.body).indexOf(section);
  return index < 0 ? undefined : sourceHeadings(own)[index]?.text;
}

async function resolveLink(link: AdviceLink, lang: Locale, dimension: string): Promise<ScanLink> {
  const urls = await entryUrls();
  if (link.chapter !== undefined) {
    const entry = await findLocalized('positionPaper', link.chapter, lang);
    if (!entry) throw missing(dimension, `chapter "${link.chapter}"`);
    const section = link.section === undefined ? undefined : await sectionTitle(link.chapter, link.section, entry.body);
    if (link.section !== undefined && section === undefined)
      throw missing(dimension, `section "${link.section}" of chapter "${link.chapter}"`);
    const href = `${urls.url('positionPaper', lang, link.chapter)}${link.section ? `#${link.section}` : ''}`;
    return { kind: 'chapter', href, title: entry.data.title, order: entry.data.order, section };
  }
  if (link.guide !== undefined) {
    const entry = await findLocalized('guides', link.guide, lang);
    if (!entry) throw missing(dimension, `guide "${link.guide}"`);
    return { kind: 'guide', href: urls.url('guides', lang, link.guide), title: entry.data.title };
  }
  const id = link.glossary ?? '';
  const entry = await findLocalized('glossary', id, lang);
  if (!entry) throw missing(dimension, `glossary term "${id}"`);
  return { kind: 'glossary', href: urls.url('glossary', lang, id), title: entry.data.term };
}

/** Everything the self-scan page shows, in one language, from content/action-scan. */
export async function actionScanPage(lang: Locale): Promise<ScanPage> {
  const settings = (await getEntry('actionScan', 'scan'))?.data;
  if (!settings) throw new Error('content/action-scan/scan.yaml is missing: the self-scan needs its answer scale. Run `npm run validate`.');
  const entries = (await getCollection('actionScanDimensions')).map((entry) => ({ id: entry.id, ...entry.data }));
  const definition = definitionFrom(settings, entries);
  const sorted = [...entries].sort((a, b) => a.order - b.order);

  const dimensions = await Promise.all(
    sorted.map(async (dimension): Promise<ScanDimension> => {
      const advice = Object.fromEntries(
        await Promise.all(
          scoreBands.map(
            async (band) =>
              [
                band,
                {
                  text: dimension.advice[band].text[lang],
                  links: await Promise.all(dimension.advice[band].read.map((link) => resolveLink(link, lang, dimension.id))),
                },
              ] as const,
          ),
        ),
      );
      return {
        id: dimension.id,
        title: dimension.title[lang],
        intro: dimension.intro[lang],
        basis: dimension.basis[lang],
        statements: dimension.statements.map((statement) => ({ id: statement.id, text: statement.text[lang] })),
        advice: advice as ScanDimension['advice'],
      };
    }),
  );

  return {
    definition,
    scale: settings.scale.map((point) => ({
      value: point.value,
      label: point.label[lang],
      points: Math.round(pointsFor(point.value, settings.scale.length)),
    })),
    dontKnow: settings.dontKnow[lang],
    bands: settings.bands,
    dimensions,
  };
}
