import { useTranslations } from '../kernel/i18n/ui.ts';
import { languageChoiceUrl } from '../kernel/routing/localized-urls.ts';
import type { Route } from './routes.ts';

/** Makes the route and its translator available to every component of the page (src/env.d.ts). */
export function attachRouteData(locals: App.Locals, route: Route): void {
  locals.route = route;
  locals.t = useTranslations(route.lang);
}

/**
 * The route of a page layout that renders only one kind of route, narrowed to that kind.
 * RouteView chooses the layout by kind, so a mismatch is a programming error.
 */
export function routeOfKind<K extends Route['kind']>(locals: App.Locals, kind: K): Extract<Route, { kind: K }> {
  const { route } = locals;
  if (route.kind !== kind)
    throw new Error(`A layout for "${kind}" pages was given a "${route.kind}" route (${route.lang}/${route.slug ?? ''}).`);
  return route as Extract<Route, { kind: K }>;
}

/** The route's own address: `/nl/over/`. */
export function routePath(route: Route): string {
  return `/${route.lang}/${route.slug === undefined ? '' : `${route.slug}/`}`;
}

/**
 * The page for readers of neither language (hreflang x-default), for the page head and the
 * sitemap alike: the home pages have the language choice at /; other pages their Dutch
 * version, the source, where the pair is exact.
 */
export function xDefaultPath(route: Route): string | undefined {
  if (route.kind === 'home') return languageChoiceUrl;
  if (route.lang === 'nl') return routePath(route);
  return route.alternateExact ? route.alternateUrl : undefined;
}
