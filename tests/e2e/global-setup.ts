import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startSharedBrowser } from '../../scripts/browser/browser.ts';
import { serveDirectory } from '../../scripts/browser/static-server.ts';

/**
 * Serves dist/ on 127.0.0.1 for the browser tests (`npm test` builds it first), and starts
 * the one Chromium their files share: launching one per file cost about half a second each.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve('dist');
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('dist/ has no built site. Run `npm run build` first (npm test does this for you).');
  }
  const { server, origin } = await serveDirectory(dist);
  process.env['SITE_ORIGIN'] = origin;
  project.provide('siteOrigin', origin);
  const stopBrowser = await startSharedBrowser();
  return async () => {
    await stopBrowser();
    await new Promise<void>((done) => server.close(() => done()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}
