import { describe, expect, it } from 'vitest';
import { checkSiteUrl, isCi, LOCAL_SITE_URL } from '../../src/kernel/build/site-url.ts';

describe('the site address a build uses (SITE_URL)', () => {
  it('stops a build on CI without one, saying what to set and where', () => {
    const check = checkSiteUrl(undefined, { CI: 'true' });
    expect(check.kind).toBe('error');
    const message = check.kind === 'error' ? check.message : '';
    expect(message).toMatch(/^SITE_URL is not set, and CI is/);
    expect(message).toContain('SITE_URL=https://');
    expect(message).toContain('.github/workflows/deploy.yml');
  });

  it('lets a local build go on with the local address, and says so', () => {
    const check = checkSiteUrl(undefined, {});
    expect(check).toMatchObject({ kind: 'local', url: LOCAL_SITE_URL });
    expect(check.kind === 'local' && check.notice).toMatch(/^SITE_URL is not set: .* say http:\/\/localhost:4321\./);
  });

  it('takes the root of a domain, on CI or not', () => {
    expect(checkSiteUrl('https://kennisbank.example.nl', { CI: 'true' })).toEqual({ kind: 'set', url: 'https://kennisbank.example.nl/' });
    expect(checkSiteUrl('https://kennisbank.example.nl/', {})).toEqual({ kind: 'set', url: 'https://kennisbank.example.nl/' });
  });

  it("refuses an address with a path, which the site's links (all from /) would not reach", () => {
    const check = checkSiteUrl('https://owner.github.io/kennisbank', { CI: 'true' });
    expect(check.kind).toBe('error');
    expect(check.kind === 'error' && check.message).toContain('use https://owner.github.io/');
  });

  it('refuses what is not a web address', () => {
    for (const site of [
      'kennisbank.example.nl',
      'ftp://kennisbank.example.nl/',
      'https://user:secret@kennisbank.example.nl/',
      'https://kennisbank.example.nl/?x=1',
    ]) {
      expect(checkSiteUrl(site, {}).kind, site).toBe('error');
    }
  });

  it('counts CI as set unless it is empty, false or 0', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
