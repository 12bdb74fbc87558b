// A static server like tools/lib/static-server.ts, but gzipping text as every real static host does, so
// that Lighthouse's simulated mobile network sees the bytes a reader would transfer, not uncompressed HTML.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileForPath, listenLocally, TYPES, type RunningServer } from '../../tools/lib/static-server';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.txt', '.xml']);

export async function serveGzipped(dir: string, base = '/'): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = fileForPath(dir, base, pathname);
    const found = file !== null;
    const path = file ?? join(dir, '404.html');
    const extension = found ? extname(path) : '.html';
    let body: Buffer = existsSync(path) ? readFileSync(path) : Buffer.from('Not found');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(found ? 200 : 404, headers);
    response.end(body);
  });
  return listenLocally(server, base);
}
