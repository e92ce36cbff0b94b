import type { CollectionEntry } from 'astro:content';
import type { Route } from '../../routing/routes.ts';
import { entryUrl, sectionUrl } from '../../kernel/routing/localized-urls.ts';
import { labelsOf, taxonomyLabels } from '../../kernel/content/taxonomy.ts';
import { chapterArticle, communityProject, definedTerm, guideArticle } from '../../layout/structured-data.ts';
import { socialImagePath } from '../social-images/social-image.ts';

type EntryRoute = Extract<Route, { kind: 'entry' }>;

/** Partner types (content/taxonomy/partner-types.yaml) that the JSON-LD treats apart. */
const FUNDERS = 'financiers';
const CITIZENS = 'burgers';

/**
 * The JSON-LD of an entry's page, by collection: a chapter or a guide as an Article, a term
 * as a DefinedTerm, a profile as a Project. None on a page showing the other language's
 * text: the page would describe a text it does not hold in its language.
 */
export async function entryStructuredData(
  route: EntryRoute,
  context: { absolute: (path: string) => string; publisher: string; updated: Date },
): Promise<Record<string, unknown>[] | undefined> {
  const { collection, item, lang } = route;
  if (item.fallback) return undefined;
  const { absolute, publisher, updated } = context;
  const url = absolute(item.url);
  const article = { url, modified: updated, lang, publisher, image: absolute(socialImagePath(item.url)) };
  switch (collection) {
    case 'positionPaper': {
      const { data } = item.entry as CollectionEntry<'positionPaper'>;
      return [chapterArticle({ ...article, title: data.title, summary: data.summary })];
    }
    case 'glossary': {
      const { data } = item.entry as CollectionEntry<'glossary'>;
      return [definedTerm({ name: data.term, description: data.definition, url, setUrl: absolute(sectionUrl('glossary', lang)), lang })];
    }
    case 'guides': {
      const { data } = item.entry as CollectionEntry<'guides'>;
      const audiences = labelsOf(data.audiences, await taxonomyLabels('audiences', lang));
      const basedOn = data.basedOn.map((slug) => absolute(entryUrl('communities', lang, slug)));
      return [guideArticle({ ...article, title: data.title, summary: data.summary, basedOn, audiences })];
    }
    case 'communities': {
      const { data } = item.entry as CollectionEntry<'communities'>;
      const partners = (funding: boolean) =>
        data.partners
          .filter((partner) => partner.type !== CITIZENS && (partner.type === FUNDERS) === funding)
          .map((partner) => partner.name);
      return [
        communityProject({
          name: data.title,
          summary: data.summary,
          url,
          research: data.kind === 'research-project',
          website: data.website,
          started: data.started,
          place: data.place,
          provinces: labelsOf(data.provinces, await taxonomyLabels('provinces', lang)),
          members: partners(false),
          funders: partners(true),
        }),
      ];
    }
  }
}
