import { reason } from '../i18n/contributor/messages.ts';

/** An address as a message shows it: its first 60 characters, invisible ones as U+0009. */
export function shownUrl(url: string): string {
  return [...url.slice(0, 60)]
    .map((character) =>
      /[\u0000-\u001F\u007F\s]/.test(character) && character !== ' '
        ? `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
        : character,
    )
    .join('');
}

/**
 * What makes a web address unsafe or misleading in contributed content, as a problem's rule
 * and message. Shared by the schemas (sources, websites) and the MDX check (links and images),
 * so a `sources` URL and a link in the text are held to the same rule.
 */
export function unsafeUrlReason(url: string) {
  const shown = { url: shownUrl(url) };
  if (/[\u0000-\u0020\u007F-\u009F]/.test(url) || /\s/.test(url)) return reason('link.malformed:spaces', shown);
  if (url.includes('\\')) return reason('link.unsafe-url:backslash', shown);
  if (url.startsWith('//')) return reason('link.unsafe-url:no-scheme', shown);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'mailto' || scheme === 'tel') return undefined;
  if (scheme !== 'http' && scheme !== 'https') return reason('link.unsafe-url:scheme', { ...shown, scheme });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return reason('link.malformed:unparsable', shown);
  }
  if (parsed.username !== '' || parsed.password !== '' || /^https?:\/\/[^/?#]*@/i.test(url)) {
    return reason('link.unsafe-url:credentials', { ...shown, host: parsed.host, path: parsed.pathname === '/' ? '/' : parsed.pathname });
  }
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(parsed.hostname) || /^[\d.]+$/.test(parsed.hostname)) {
    return reason('link.malformed:domain', shown);
  }
  return undefined;
}
