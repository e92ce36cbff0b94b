import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Text a static host compresses; Pagefind's index files are gzip already and go as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

export type Compression = 'none' | 'gzip' | 'br';

/**
 * Serves a built site from disk on 127.0.0.1, as a static host would (index.html, 404.html),
 * optionally compressing text with gzip or Brotli when the browser accepts it, as hosts do.
 */
export async function serveDirectory(
  root: string,
  port = 0,
  compression: Compression = 'none',
): Promise<{ server: Server; origin: string }> {
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = String(request.headers['accept-encoding'] ?? '');
    if (compression !== 'none' && COMPRESSIBLE.has(extname(file)) && accepts.includes(compression)) {
      const key = `${compression}:${file}`;
      let body = compressed.get(key);
      if (!body) {
        const raw = readFileSync(file);
        body = compression === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
        compressed.set(key, body);
      }
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': compression,
        'content-length': body.length,
        vary: 'accept-encoding',
      });
      response.end(body);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server did not get a port.');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
