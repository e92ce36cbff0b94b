import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RENDERER_VERSION, renderSocialImage, socialImageSvg, type SocialImage } from './social-image.ts';

/** The list src/pages/og/images.json.ts writes; removed once the images are drawn. */
const LIST = 'og/images.json';

interface Drawn {
  count: number;
  /** Images taken from the cache instead of drawn. */
  reused: number;
}

/**
 * Draws every image of the list, a few at a time so that every core has work. An image is
 * named in the cache by the hash of everything it is drawn from (its SVG, which holds the
 * title, section, site name and template, and the renderer's settings), so a rebuild draws
 * only the images whose page changed, and an edited template draws them all. Entries no
 * page uses any more are removed, so the cache never outgrows the site.
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
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
  await Promise.all([...cached].filter((name) => !used.has(name)).map((name) => rm(join(cache, name), { force: true })));
  await rm(list);
  return { count: images.length, reused };
}

/**
 * The social image of every page (Open Graph and Twitter cards), drawn at build time.
 * Drawing them takes longer than writing the pages, so it starts as soon as the pages are
 * written and runs beside the later build steps (the search index): list this integration
 * after pagefind(). The build fails if any image cannot be drawn.
 */
export default function socialImages(): AstroIntegration {
  let drawing: Promise<Drawn> | undefined;
  let cache = '';
  let started = 0;
  return {
    name: 'kennisbank:social-images',
    hooks: {
      // In Astro's cache folder (node_modules/.astro unless set), which CI keeps between runs.
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'social-images');
      },
      'astro:build:generated': ({ dir }) => {
        started = performance.now();
        drawing = drawAll(fileURLToPath(dir), cache);
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!drawing) throw new Error('The social images were never started: astro:build:generated did not run.');
        const { count, reused } = await drawing;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Social images: ${count} in ${seconds} s (${count - reused} drawn, ${reused} from the cache).`);
      },
    },
  };
}
