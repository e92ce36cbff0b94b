import { useTranslations, type UIKey } from '../../kernel/i18n/ui.ts';
import type { Route } from '../../routing/routes.ts';
import { taxonomyLabels } from '../../kernel/content/taxonomy.ts';
import { entryTitle } from '../../kernel/content/entries.ts';

/** The title and the section name of a route, for its social image. */
export async function routeMeta(route: Route): Promise<{ title: string; eyebrow: string }> {
  const t = useTranslations(route.lang);
  const site = t('site.name');
  switch (route.kind) {
    case 'home':
      return { title: t('site.tagline'), eyebrow: site };
    case 'search':
      return { title: t('search.title'), eyebrow: site };
    case 'print':
      return { title: t('print.title'), eyebrow: t('nav.positionPaper') };
    case 'figures':
      return { title: t('figures.title'), eyebrow: t('nav.communities') };
    case 'actionScan':
      return { title: t('scan.title'), eyebrow: site };
    case 'translationStatus':
      return { title: t('status.title'), eyebrow: site };
    case 'section':
      return { title: t(`section.${route.section}.title` as UIKey), eyebrow: site };
    case 'communityGroup': {
      const name = (await taxonomyLabels(route.group, route.lang)).get(route.id) ?? route.id;
      return { title: t(`group.${route.group}.title`, { name }), eyebrow: t('nav.communities') };
    }
    case 'entry':
      return { title: entryTitle(route.item.entry), eyebrow: t(`nav.${route.collection}` as UIKey) };
    case 'page':
      return { title: route.item.entry.data.title, eyebrow: site };
  }
}
