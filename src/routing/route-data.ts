import { useTranslations } from '../kernel/i18n/ui.ts';
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
  if (route.kind !== kind) throw new Error(`A layout for "${kind}" pages was given a "${route.kind}" route (${route.lang}/${route.slug ?? ''}).`);
  return route as Extract<Route, { kind: K }>;
}
