/**
 * The build after validation (npm run build): Astro writes the site to a folder beside
 * dist/, the links are checked there, and only a site that passed everything becomes dist/.
 * A failed build therefore never leaves a partial dist/ to serve or upload: dist/ is removed
 * first and written last.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contributorLanguage } from '../src/kernel/i18n/contributor/language.ts';
import { contributorTexts } from '../src/kernel/i18n/contributor/messages.ts';
import { reportBuiltLinks } from './build/built-links.ts';
import { astroCommand } from './build/astro-command.ts';
import { astroPageLine } from './build/page-lines.ts';
import { compileCacheDirectory } from './build/compile-cache.ts';

// The build's messages follow the environment (KENNISBANK_LANG, the locale), as the validator
// before it and the content guard inside Astro do: `npm run build -- --lang` would reach this
// script only.
const lang = contributorLanguage();
const t = contributorTexts(lang);

// --site <address> is handed to Astro's own flag of that name, in place of SITE_URL: npm test
// builds for a stand-in public address that way (src/kernel/build/site-url.ts checks it).
// --force renders every page again, as if Astro's cache were empty (see src/routing/cache-keys.ts).
const { values: options } = parseArgs({ options: { site: { type: 'string' }, force: { type: 'boolean' } } });

// KENNISBANK_OUT_DIR lets tests build elsewhere without touching the project's dist/.
const dist = resolve(process.env['KENNISBANK_OUT_DIR'] ?? 'dist');
const partial = `${dist}.partial`;
rmSync(dist, { recursive: true, force: true });
rmSync(partial, { recursive: true, force: true });

function fail(message: string, status = 1): never {
  rmSync(partial, { recursive: true, force: true });
  console.error(message);
  process.exit(status);
}

/**
 * Astro lists every page it writes (240 lines, more as the site grows), and nothing in them
 * is news: its own summary line counts the pages. Those lines are left out of the log so
 * that the steps, the figures and real problems can be seen; everything else Astro prints,
 * and all it writes to stderr, passes through unchanged. The pages are counted instead,
 * rendered or copied unchanged from the last build (scripts/build/page-lines.ts).
 */
const QUIET_LINE = /^(?:generating static routes)?$/;
const site = options.site === undefined ? [] : ['--site', options.site];
const force = options.force ? ['--force'] : [];
const child = spawn(process.execPath, [astroCommand, 'build', '--outDir', partial, ...site, ...force], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, NODE_COMPILE_CACHE: compileCacheDirectory() },
});
const lines = createInterface({ input: child.stdout });
const pages = { rendered: 0, copied: 0 };
lines.on('line', (line) => {
  const { pages: written, rest } = astroPageLine(line);
  for (const page of written) pages[page.copied ? 'copied' : 'rendered'] += 1;
  // A line of pages and render times only is left out; a line with anything else is shown
  // whole. `rest` is without Astro's colour codes, which it writes where it thinks a
  // terminal reads its output (on CI, too).
  if (!QUIET_LINE.test(rest)) console.log(line);
});
const status: number = await new Promise((resolveStatus) => child.on('close', (code) => resolveStatus(code ?? 1)));
if (status !== 0) fail(t('build.failed', { status }), status);
if (!existsSync(resolve(partial, 'index.html'))) fail(t('build.no-index'));

console.log(t('build.pages', pages));
if (!reportBuiltLinks(partial, lang)) fail(t('build.fix-links'));
renameSync(partial, dist);
console.log(t('build.done', { dist }));
