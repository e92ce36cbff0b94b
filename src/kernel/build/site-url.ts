import type { AstroIntegration } from 'astro';

/**
 * The site's public address (SITE_URL): canonical links, hreflang, Open Graph, JSON-LD,
 * feeds, the sitemap, robots.txt, the open data and the citations all start with it. A
 * production build without it would publish `http://localhost:4321` in all of them, so a
 * build on CI (where production is built) stops at once without it; a local build says so
 * once and goes on with the local address, which `npm start` serves.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** Where SITE_URL is set, for the message of a build that has none. */
const WHERE = [
  'Set SITE_URL to the public address of the site, the root of its domain, e.g. SITE_URL=https://kennisbank.example.nl npm run build.',
  'On GitHub Pages, .github/workflows/deploy.yml sets it from actions/configure-pages (steps.pages.outputs.base_url); on another host, set it in the build settings.',
].join('\n');

export type SiteUrlCheck =
  { kind: 'set'; url: string } | { kind: 'local'; url: string; notice: string } | { kind: 'error'; message: string };

/** True when a CI system runs the build: GitHub Actions and most others set CI=true. */
export function isCi(environment: NodeJS.ProcessEnv): boolean {
  const value = environment['CI']?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * What a build uses as the site's address: `site` as Astro has it (SITE_URL, or Astro's
 * own `--site` flag), checked. The site's links start at `/`, so the address must be the
 * root of a domain: a path (a GitHub Pages project site without its own domain) would give
 * canonical links and pages that lead nowhere.
 */
export function checkSiteUrl(site: string | undefined, environment: NodeJS.ProcessEnv = process.env): SiteUrlCheck {
  if (!site) {
    if (isCi(environment))
      return { kind: 'error', message: `SITE_URL is not set, and CI is: a production build needs the site's public address.\n${WHERE}` };
    return {
      kind: 'local',
      url: LOCAL_SITE_URL,
      notice: `SITE_URL is not set: canonical links, feeds, the sitemap, the open data and citations say ${LOCAL_SITE_URL}. Fine for a local build; set SITE_URL for one to publish.`,
    };
  }
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return { kind: 'error', message: `The site address (SITE_URL) is "${site}", which is not a web address.\n${WHERE}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'error', message: `The site address (SITE_URL) is "${site}": it must start with https:// (or http://).\n${WHERE}` };
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    return {
      kind: 'error',
      message: `The site address (SITE_URL) is "${site}", but the site lives at the root of its domain (its links start at /), so the address may have no path, query or user: use ${url.origin}/ and serve the site there. A GitHub Pages project site (https://<owner>.github.io/<repository>/) needs a custom domain for that.\n${WHERE}`,
    };
  }
  return { kind: 'set', url: url.href };
}

/**
 * Applies checkSiteUrl to every `astro build` (npm run build, fixture builds, benchmarks):
 * stops on an error before anything is built, sets the local address where none is given.
 * Other commands (dev, check, sync) get the local address without a word.
 */
export default function siteUrl(): AstroIntegration {
  return {
    name: 'kennisbank:site-url',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') {
          if (!config.site) updateConfig({ site: LOCAL_SITE_URL });
          return;
        }
        const check = checkSiteUrl(config.site);
        if (check.kind === 'error') {
          // One plain message, without a stack trace: a setting is missing, nothing crashed.
          console.error(`\n${check.message}\n`);
          process.exit(1);
        }
        if (check.kind === 'local') logger.warn(check.notice);
        updateConfig({ site: check.url });
      },
    },
  };
}

/** Astro's `site` in a page or endpoint: always set, by the integration above. */
export function builtSite(site: URL | undefined): URL {
  if (!site) throw new Error('Astro has no site address: the kennisbank:site-url integration in astro.config.mjs sets it.');
  return site;
}
