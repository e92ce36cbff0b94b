import type { APIRoute } from 'astro';
import { useTranslations } from '../../kernel/i18n/ui.ts';
import { routeMeta } from '../../features/social-images/route-meta.ts';
import { getRoutes } from '../../routing/routes.ts';
import { socialImagePath, type SocialImage } from '../../features/social-images/social-image.ts';

/**
 * The list of social images to draw, one per page: where each goes and what it says. The
 * social-images integration (src/features/social-images/social-images-integration.ts) draws them from this list
 * after the pages are written, several at a time, and removes the list from the site.
 */
export const GET: APIRoute = async () => {
  const images: SocialImage[] = await Promise.all(
    (await getRoutes()).map(async (route) => ({
      path: socialImagePath(`/${route.lang}/${route.slug ?? ''}/`),
      ...(await routeMeta(route)),
      siteName: useTranslations(route.lang)('site.name'),
    })),
  );
  return new Response(JSON.stringify(images), { headers: { 'content-type': 'application/json' } });
};
