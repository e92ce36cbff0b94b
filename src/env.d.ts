/// <reference types="astro/client" />

/**
 * What every component of a page can read from `Astro.locals`, as Starlight does: the route
 * being rendered and the translator for its language. src/pages/[lang]/[...slug].astro sets
 * both (src/routing/route-data.ts) before anything renders, so no layout or component has to
 * pass `lang` or the language switch's target down by hand. The two pages outside a language
 * (`/` and the 404 page, both bilingual) do not set them and do not read them.
 */
declare namespace App {
  interface Locals {
    route: import('./routing/routes.ts').Route;
    t: import('./kernel/i18n/ui.ts').Translate;
  }
}
