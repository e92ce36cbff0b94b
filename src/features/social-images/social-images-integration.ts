import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { setEarlyStart } from './early-start.ts';
import { RENDERER_VERSION, renderSocialImage, socialImageSvg, type SocialImage } from './social-image.ts';

/** The list src/pages/og/images.json.ts writes; removed once the images are drawn. */
const LIST = 'og/images.json';

interface Drawn {
  count: number;
  /** Images taken from the cache instead of drawn. */
  reused: number;
}

/**
 * Draws a list of images with as many lanes as it is given, each lane drawing the next image
 * not yet taken (one libvips thread each). An image is named in the cache by the hash of
 * everything it is drawn from (its SVG, which holds the title, section, site name and
 * template, and the renderer's settings), so a rebuild draws only the images whose page
 * changed, and an edited template draws them all. Entries no page uses any more are removed
 * at the end, so the cache never outgrows the site.
 */
class Drawing {
  readonly #images: SocialImage[];
  readonly #site: string;
  readonly #cache: string;
  readonly #cached: Promise<Set<string>>;
  readonly #used = new Set<string>();
  readonly #lanes: Promise<void>[] = [];
  #next = 0;
  #reused = 0;
  #failure: unknown;
  #hold: { promise: Promise<void>; release: () => void } | undefined;

  constructor(images: SocialImage[], site: string, cache: string) {
    this.#images = images;
    this.#site = site;
    this.#cache = cache;
    this.#cached = mkdir(cache, { recursive: true }).then(async () => new Set(await readdir(cache)));
  }

  /** Adds lanes. A lane that fails stops the others; the failure is thrown by finish(). */
  addLanes(count: number): void {
    for (let lane = 0; lane < count; lane += 1) {
      this.#lanes.push(
        this.#draw().catch((error: unknown) => {
          this.#failure ??= error;
        }),
      );
    }
  }

  /** Lanes finish the image they are drawing and take no other until resume(). */
  pause(): void {
    if (this.#hold) return;
    let release = () => {};
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.#hold = { promise, release };
  }

  resume(): void {
    this.#hold?.release();
    this.#hold = undefined;
  }

  async #draw(): Promise<void> {
    const cached = await this.#cached;
    for (;;) {
      while (this.#hold) await this.#hold.promise;
      const index = this.#next++;
      if (index >= this.#images.length || this.#failure !== undefined) return;
      const image = this.#images[index] as SocialImage;
      const svg = socialImageSvg(image);
      const name = `${createHash('sha256').update(RENDERER_VERSION).update(svg).digest('hex').slice(0, 32)}.png`;
      this.#used.add(name);
      const file = join(this.#site, image.path);
      await mkdir(dirname(file), { recursive: true });
      if (cached.has(name)) {
        await copyFile(join(this.#cache, name), file);
        this.#reused += 1;
      } else {
        const png = await renderSocialImage(svg);
        // Written to a temporary name first: a build stopped halfway leaves no broken entry.
        const temporary = join(this.#cache, `${name}.${process.pid}.${index}.tmp`);
        await writeFile(temporary, png);
        await copyFile(temporary, join(this.#cache, name));
        await rm(temporary);
        await writeFile(file, png);
      }
    }
  }

  /** Waits for every lane, then removes the cache entries no image used. */
  async finish(): Promise<Drawn> {
    await Promise.all(this.#lanes);
    if (this.#failure !== undefined) throw this.#failure;
    const cached = await this.#cached;
    await Promise.all([...cached].filter((name) => !this.#used.has(name)).map((name) => rm(join(this.#cache, name), { force: true })));
    return { count: this.#images.length, reused: this.#reused };
  }
}

/**
 * The social image of every page (Open Graph and Twitter cards), drawn at build time.
 *
 * Astro writes the list of images (src/pages/og/images.json.ts) among its first pages; the
 * list page hands it over (early-start.ts) and one lane starts drawing at once, beside the
 * rendering of the other pages, which keeps one core busy. Once the pages are written the
 * lane pauses while the search index is built (list this integration after pagefind(),
 * whose astro:build:done hook Astro runs first), and then every core draws what is left.
 * Drawing beside the index slowed it and the build with it: on a corpus of 380 pages the
 * index took 2.2 to 2.9 s alone and 6.6 to 8.2 s beside four drawing lanes (npm run
 * bench:build prints both steps). The build fails if any image cannot be drawn.
 */
export default function socialImages(): AstroIntegration {
  let cache = '';
  let outDir = '';
  let early: Drawing | undefined;
  return {
    name: 'kennisbank:social-images',
    hooks: {
      // In Astro's cache folder (node_modules/.astro unless set), which CI keeps between runs.
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'social-images');
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        early = undefined;
        sharp.concurrency(1);
        setEarlyStart((images) => {
          if (early) return;
          early = new Drawing(images, outDir, cache);
          early.addLanes(1);
        });
      },
      // The pages are written: the search index comes next, and has the cores to itself.
      'astro:build:generated': () => {
        early?.pause();
      },
      'astro:build:done': async ({ dir, logger }) => {
        setEarlyStart(undefined);
        const started = performance.now();
        const site = fileURLToPath(dir);
        if (early && site !== outDir) throw new Error(`Social images were drawn into ${outDir}, but Astro wrote the site to ${site}.`);
        const drawing = early ?? new Drawing(JSON.parse(await readFile(join(site, LIST), 'utf8')) as SocialImage[], site, cache);
        const cores = availableParallelism();
        drawing.resume();
        drawing.addLanes(early ? cores - 1 : cores);
        const { count, reused } = await drawing.finish();
        await rm(join(site, LIST));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Social images: ${count} in ${seconds} s after the search index (${count - reused} drawn, ${reused} from the cache${early ? '; drawing began while the pages were written' : ''}).`,
        );
      },
    },
  };
}
