import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/ui.ts';
import { routeMeta } from '../../utils/route-meta.ts';
import { getRoutes } from '../../utils/routing.ts';
import { renderSocialImage, socialImagePath, socialImageSvg } from '../../utils/social-image.ts';

/** One social image per page (Open Graph and Twitter cards), drawn at build time. */
export const getStaticPaths = (async () =>
  Promise.all(
    (await getRoutes()).map(async (route) => ({
      params: { path: socialImagePath(`/${route.lang}/${route.slug ?? ''}/`).replace(/^\/og\/|\.png$/g, '') },
      props: { ...(await routeMeta(route)), siteName: useTranslations(route.lang)('site.name') },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, eyebrow, siteName } = props as { title: string; eyebrow: string; siteName: string };
  const png = await renderSocialImage(socialImageSvg({ title, eyebrow, siteName }));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
