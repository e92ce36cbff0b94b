import type { SocialImage } from './social-image.ts';

/**
 * How the page that lists the social images (src/pages/og/images.json.ts) hands the list to
 * the social-images integration while Astro is still writing the other pages, so that the
 * images are drawn beside the rendering, which keeps one core busy, instead of after it.
 *
 * The page is bundled by Astro and the integration is loaded with the configuration, so the
 * two do not share a module: the integration leaves its starter on `globalThis` during a
 * build, under a registered symbol, and takes it away when the build is done. Where there
 * is none (the dev server, or a build that renders pages elsewhere), nothing starts early
 * and the integration draws every image after the pages, from the list.
 */
const STARTER = Symbol.for('kennisbank.social-images.start');

type Starter = (images: SocialImage[]) => void;

/** Called by the integration when a build starts, and with `undefined` when it is done. */
export function setEarlyStart(starter: Starter | undefined): void {
  if (starter) Object.assign(globalThis, { [STARTER]: starter });
  else delete (globalThis as Record<symbol, unknown>)[STARTER];
}

/** Called by the list page: starts drawing the images now, if a build is listening. */
export function startEarly(images: SocialImage[]): void {
  const starter = (globalThis as Record<symbol, Starter | undefined>)[STARTER];
  starter?.(images);
}
