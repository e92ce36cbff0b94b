/**
 * The site's Content-Security-Policy: everything from this site only, no inline script or
 * style, no eval. Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval'
 * (it allows compiling WebAssembly, not JavaScript eval). Used in every page's <meta> and
 * in the _headers file for hosts that read one.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives that only work as an HTTP header, not in a <meta> element. */
export const headerOnlyDirectives = "frame-ancestors 'none'";

export const referrerPolicy = 'strict-origin-when-cross-origin';

/** The _headers file (Netlify, Cloudflare Pages and others read it). */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; ${headerOnlyDirectives}`,
    `  Referrer-Policy: ${referrerPolicy}`,
    '  Strict-Transport-Security: max-age=31536000; includeSubDomains',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}
