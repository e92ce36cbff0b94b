import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { RENDERER_VERSION, renderSocialImage, socialImageSvg, type SocialImage } from './social-image.ts';

/** The list src/pages/og/images.json.ts writes; removed once the images are drawn. */
const LIST = 'og/images.json';

interface Drawn {
  count: number;
  /** Images taken from the cache instead of drawn. */
  reused: number;
}

/**
 * Draws every image of the list, one per core at a time (one libvips thread each). An image
 * is named in the cache by the hash of everything it is drawn from (its SVG, which holds the
 * title, section, site name and template, and the renderer's settings), so a rebuild
 * draws only the images whose page changed, and an edited template draws them all. Entries
 * no page uses any more are removed, so the cache never outgrows the site.
 */
async function drawAll(site: string, cache: string): Promise<Drawn> {
  const list = join(site, LIST);
  const images = JSON.parse(await readFile(list, 'utf8')) as SocialImage[];
  await mkdir(cache, { recursive: true });
  const cached = new Set(await readdir(cache));
  const used = new Set<string>();
  let next = 0;
  let reused = 0;
  const worker = async () => {
    for (let index = next++; index < images.length; index = next++) {
      const image = images[index] as SocialImage;
      const svg = socialImageSvg(image);
      const name = `${createHash('sha256').update(RENDERER_VERSION).update(svg).digest('hex').slice(0, 32)}.png`;
      used.add(name);
      const file = join(site, image.path);
      await mkdir(dirname(file), { recursive: true });
      if (cached.has(name)) {
        await copyFile(join(cache, name), file);
        reused += 1;
      } else {
        const png = await renderSocialImage(svg);
        // Written to a temporary name first: a build stopped halfway leaves no broken entry.
        const temporary = join(cache, `${name}.${process.pid}.${index}.tmp`);
        await writeFile(temporary, png);
        await copyFile(temporary, join(cache, name));
        await rm(temporary);
        await writeFile(file, png);
      }
    }
  };
  sharp.concurrency(1);
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  await Promise.all([...cached].filter((name) => !used.has(name)).map((name) => rm(join(cache, name), { force: true })));
  await rm(list);
  return { count: images.length, reused };
}

/**
 * The social image of every page (Open Graph and Twitter cards), drawn at build time, after
 * the search index: list this integration after pagefind(), whose astro:build:done hook Astro
 * runs first. Drawn beside the index, the images slowed it and the build with it: on a
 * corpus of 380 pages the index took 2.2 to 2.9 s alone and 6.6 to 8.2 s beside four drawing
 * workers, and the build took 2 to 4 s longer (npm run bench:build prints both steps).
 * Begun beside the rendering (one lane from Astro's first pages on), they slowed it by as
 * much as they saved: on 2,000 pages the pages took 21.2 s instead of 17.2 s and the images
 * left after the index 16.1 s instead of 20.2 s. The build fails if any image cannot be drawn.
 */
export default function socialImages(): AstroIntegration {
  let cache = '';
  return {
    name: 'kennisbank:social-images',
    hooks: {
      // In Astro's cache folder (node_modules/.astro unless set), which CI keeps between runs.
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'social-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, reused } = await drawAll(fileURLToPath(dir), cache);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Social images: ${count} in ${seconds} s (${count - reused} drawn, ${reused} from the cache).`);
      },
    },
  };
}
