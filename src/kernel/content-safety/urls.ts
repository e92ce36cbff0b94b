/**
 * What makes a web address unsafe or misleading in contributed content. Shared by the
 * schemas (sources, websites) and the MDX check (links and images), so a `sources` URL and
 * a link in the text are held to the same rule.
 */
export interface UrlProblem {
  rule: 'link.unsafe-url' | 'link.malformed';
  expected: string;
  fix: string;
}

const HTTP = 'a web address starting with https:// and a domain, like https://groz.nl/fieldlabs';

export function unsafeUrlReason(url: string): UrlProblem | undefined {
  if (/[\u0000-\u0020\u007F-\u009F]/.test(url) || /\s/.test(url)) {
    return { rule: 'link.malformed', expected: `${HTTP}, without spaces or invisible characters`, fix: 'Remove the spaces or invisible characters from the address (write a space as %20).' };
  }
  if (url.includes('\\')) {
    return { rule: 'link.unsafe-url', expected: `${HTTP}, with forward slashes only`, fix: 'Replace each \\ with /: browsers read a \\ as the start of another site\'s address.' };
  }
  if (url.startsWith('//')) {
    return { rule: 'link.unsafe-url', expected: HTTP, fix: `Write the scheme: https:${url}.` };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'mailto' || scheme === 'tel') return undefined;
  if (scheme !== 'http' && scheme !== 'https') {
    return { rule: 'link.unsafe-url', expected: 'a web address (https://...), mailto:, or a path on this site (/nl/...)', fix: `Remove this address: ${scheme}: addresses are not allowed.` };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { rule: 'link.malformed', expected: 'a complete web address such as https://groz.nl/fieldlabs', fix: 'Correct the address: check for a missing domain ending or a doubled slash.' };
  }
  if (parsed.username !== '' || parsed.password !== '' || /^https?:\/\/[^/?#]*@/i.test(url)) {
    return { rule: 'link.unsafe-url', expected: `${HTTP}, without a user name or password before an @`, fix: `Remove everything between "//" and "@": an address like https://www.groz.nl@other.example/ leads to other.example. Use https://${parsed.host}${parsed.pathname === '/' ? '/' : parsed.pathname}.` };
  }
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(parsed.hostname) || /^[\d.]+$/.test(parsed.hostname)) {
    return { rule: 'link.malformed', expected: 'a complete web address with a domain name, such as https://groz.nl/fieldlabs', fix: 'Correct the domain: check for a missing domain ending (.nl, .com) or a doubled slash.' };
  }
  return undefined;
}
