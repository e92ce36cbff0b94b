import type { APIRoute } from 'astro';
import { useTranslations } from '../../kernel/i18n/ui.ts';
import { routeMeta } from '../../features/social-images/route-meta.ts';
import { getRoutes } from '../../routing/routes.ts';
import { socialImagePath, type SocialImage } from '../../features/social-images/social-image.ts';
import { startEarly } from '../../features/social-images/early-start.ts';

/**
 * The list of social images to draw, one per page: where each goes and what it says. In a
 * build it is handed to the social-images integration at once (startEarly), which starts
 * drawing while Astro writes the other pages; the integration removes the list from the site
 * (src/features/social-images/social-images-integration.ts).
 */
export const GET: APIRoute = async () => {
  const images: SocialImage[] = await Promise.all(
    (await getRoutes()).map(async (route) => ({
      path: socialImagePath(`/${route.lang}/${route.slug ?? ''}/`),
      ...(await routeMeta(route)),
      siteName: useTranslations(route.lang)('site.name'),
    })),
  );
  startEarly(images);
  return new Response(JSON.stringify(images), { headers: { 'content-type': 'application/json' } });
};
