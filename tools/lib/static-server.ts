// A tiny static file server over a build folder, for browser tests, the benchmark and screenshots: serves `dir` under
// `base` on 127.0.0.1, like a static host would (directory index, 404.html for misses, and the headers of the
// build's `_headers` file, matched against the path below the base).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersForPath, parseHeadersFile } from './headers-file';

/** Content types by file extension, for this server and the benchmark's gzipping one. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface RunningServer {
  /** Origin plus base path, e.g. http://127.0.0.1:40123/ethics/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** The file a request path names below `base` in `dir` (a folder's index.html), or null when none exists. */
export function fileForPath(dir: string, base: string, pathname: string): string | null {
  let file = pathname.startsWith(base) ? normalize(join(dir, pathname.slice(base.length))) : null;
  if (file && !file.startsWith(normalize(dir))) file = null;
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file && existsSync(file) ? file : null;
}

/** Starts `server` on a free port of 127.0.0.1, serving under `base`. */
export async function listenLocally(server: Server, base: string): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function serveStatic(dir: string, base = '/'): Promise<RunningServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    for (const [name, value] of headersForPath(rules, `/${inside ?? ''}`)) response.setHeader(name, value);
    const file = fileForPath(dir, base, pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      const notFound = join(dir, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return listenLocally(server, base);
}
