import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderSocialImage, socialImageSvg, type SocialImage } from './social-image.ts';

/** The list src/pages/og/images.json.ts writes; removed once the images are drawn. */
const LIST = 'og/images.json';

/** Draws every image of the list, a few at a time so that every core has work. */
async function drawAll(site: string): Promise<number> {
  const list = join(site, LIST);
  const images = JSON.parse(await readFile(list, 'utf8')) as SocialImage[];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < images.length; index = next++) {
      const image = images[index] as SocialImage;
      const file = join(site, image.path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, await renderSocialImage(socialImageSvg(image)));
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
  await rm(list);
  return images.length;
}

/**
 * The social image of every page (Open Graph and Twitter cards), drawn at build time.
 * Drawing them takes longer than writing the pages, so it starts as soon as the pages are
 * written and runs beside the later build steps (the search index): list this integration
 * after pagefind(). The build fails if any image cannot be drawn.
 */
export default function socialImages(): AstroIntegration {
  let drawing: Promise<number> | undefined;
  let started = 0;
  return {
    name: 'kennisbank:social-images',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        started = performance.now();
        drawing = drawAll(fileURLToPath(dir));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!drawing) throw new Error('The social images were never started: astro:build:generated did not run.');
        const count = await drawing;
        logger.info(`Drew ${count} social images in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
