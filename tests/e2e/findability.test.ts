import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../scripts/browser/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

async function get(path: string): Promise<Response> {
  const response = await fetch(`${siteOrigin()}${path}`);
  expect(response.status, path).toBe(200);
  return response;
}

function attribute(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

function jsonLd(html: string): Record<string, unknown>[] {
  return attribute(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g).map(
    (text) => JSON.parse(text) as Record<string, unknown>,
  );
}

describe('findability', () => {
  it('every page has a canonical address, language alternates with x-default, and social cards', async () => {
    const failures: string[] = [];
    for (const path of sitemapPaths().filter((candidate) => candidate !== '/')) {
      const html = await (await get(path)).text();
      const canonical = attribute(html, /<link rel="canonical" href="([^"]+)"/g);
      if (canonical.length !== 1 || new URL(canonical[0] ?? '').pathname !== path)
        failures.push(`${path}: canonical ${canonical.join(',')}`);
      const languages = attribute(html, /<link rel="alternate" hreflang="([^"]+)"/g);
      if (!languages.includes(path.slice(1, 3))) failures.push(`${path}: no hreflang for itself`);
      for (const property of ['og:title', 'og:description', 'og:image', 'og:url', 'og:locale']) {
        if (!html.includes(`property="${property}"`)) failures.push(`${path}: no ${property}`);
      }
      if (!html.includes('name="twitter:card" content="summary_large_image"')) failures.push(`${path}: no twitter card`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('pairs translated pages with hreflang both ways, Dutch as x-default', async () => {
    const html = await (await get('/en/about/')).text();
    const links = Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [
        match[1],
        new URL(match[2] ?? '').pathname,
      ]),
    );
    expect(links).toEqual({ en: '/en/about/', nl: '/nl/over/', 'x-default': '/nl/over/' });
  });

  it('generates a PNG social image for each page', async () => {
    const html = await (await get('/nl/position-paper/opzetten/')).text();
    const image = new URL(attribute(html, /<meta property="og:image" content="([^"]+)"/g)[0] ?? '');
    const response = await get(image.pathname);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG');
  });

  it('describes the organisation, chapters as articles and the glossary as a set of defined terms (JSON-LD)', async () => {
    const home = jsonLd(await (await get('/nl/')).text());
    expect(home.map((item) => item['@type'])).toEqual(['Organization', 'WebSite']);
    const chapter = jsonLd(await (await get('/en/position-paper/introduction-and-perspectives/')).text());
    expect(chapter[0]).toMatchObject({ '@type': 'Article', inLanguage: 'en', isBasedOn: { name: 'Position Paper Learning Communities' } });
    const glossary = jsonLd(await (await get('/nl/begrippen/')).text());
    expect(glossary[0]).toMatchObject({ '@type': 'DefinedTermSet', inLanguage: 'nl' });
    expect((glossary[0]?.['hasDefinedTerm'] as unknown[]).length).toBeGreaterThanOrEqual(15);
    const term = jsonLd(await (await get('/en/glossary/fieldlab/')).text());
    expect(term[0]).toMatchObject({ '@type': 'DefinedTerm', name: 'Fieldlab' });
  });

  it('describes profiles as the projects they are and guides as articles, with only what the content states (JSON-LD)', async () => {
    const [profile] = jsonLd(await (await get('/nl/leergemeenschappen/clic-it/')).text());
    expect(profile).toMatchObject({
      '@type': 'Project',
      name: 'CLIC-IT',
      foundingDate: '2022',
      funder: [{ '@type': 'Organization', name: 'NWO' }],
    });
    expect((profile?.['member'] as { name: string }[]).map((member) => member.name)).toContain('Universiteit Twente');
    expect(new URL(String(profile?.['mainEntityOfPage'])).pathname).toBe('/nl/leergemeenschappen/clic-it/');
    // A profile that names neither a start nor a website says neither.
    const [unknown] = jsonLd(await (await get('/en/communities/vitaal-in-brainport/')).text());
    expect(unknown).toMatchObject({
      '@type': 'Project',
      location: [
        { '@type': 'Place', name: 'Eindhoven' },
        { '@type': 'AdministrativeArea', name: 'North Brabant' },
      ],
    });
    expect(Object.keys(unknown ?? {})).not.toContain('foundingDate');
    expect(Object.keys(unknown ?? {})).not.toContain('url');
    const [research] = jsonLd(await (await get('/en/communities/gas-erop/')).text());
    expect(research?.['@type']).toBe('ResearchProject');
    const [guide] = jsonLd(await (await get('/en/transfer-guides/from-neighbourhood-to-region/')).text());
    expect(guide).toMatchObject({ '@type': 'Article', headline: 'From neighbourhood to region', inLanguage: 'en' });
    expect((guide?.['isBasedOn'] as string[]).map((url) => new URL(url).pathname)).toEqual([
      '/en/communities/vitaal-in-brainport/',
      '/en/communities/enable-dem/',
    ]);
  });

  it('has a sitemap with language alternates and a robots.txt that points to it', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toMatch(
      /<loc>[^<]*\/nl\/over\/<\/loc><xhtml:link rel="alternate" hreflang="nl" href="[^"]*\/nl\/over\/"\/><xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/about\/"\/>/,
    );
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
  });
});
