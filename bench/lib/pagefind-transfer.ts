// Bytes a reader transfers for one search, measured in Chromium: a fresh browser context per query loads
// pagefind as the search UI does (dynamic import of <base>pagefind/pagefind.js), runs the query and loads the
// first ten results. Each pagefind file fetched counts at its gzip size (index chunks and fragments are gzip
// already; pagefind.js and the wasm loader compress on any host that gzips).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tools/lib/browser';
import { serveStatic } from '../../tools/lib/static-server';
import { searchTerms } from '../../src/lib/search/query';

export interface TransferFigures {
  /** Per query: bytes transferred (gzip), and the number of pagefind files fetched. */
  perQuery: { query: string; bytes: number; files: number; results: number }[];
  medianBytes: number;
  maxBytes: number;
}

export async function measurePagefindTransfer(dir: string, base: string, queries: string[]): Promise<TransferFigures> {
  const server = await serveStatic(dir, base);
  const browser = await launchChromium();
  const sizes = new Map<string, number>();
  const sizeOf = (path: string) => {
    if (!sizes.has(path)) {
      const content = readFileSync(join(dir, path));
      sizes.set(path, Math.min(content.length, gzipSync(content).length));
    }
    return sizes.get(path)!;
  };
  try {
    const perQuery = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched = new Set<string>();
      page.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith(`${base}pagefind/`)) fetched.add(path.slice(base.length));
      });
      await page.goto(server.url);
      // A string, not a function: vite-node would rewrite a function's import() into its own loader.
      const results = (await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        await pagefind.options({ baseUrl: '/' });
        const search = await pagefind.search(${JSON.stringify(searchTerms(query))});
        await Promise.all(search.results.slice(0, 10).map((hit) => hit.data()));
        return search.results.length;
      })()`)) as number;
      await context.close();
      perQuery.push({ query, bytes: [...fetched].reduce((n, path) => n + sizeOf(path), 0), files: fetched.size, results });
    }
    const sorted = perQuery.map((q) => q.bytes).sort((a, b) => a - b);
    return { perQuery, medianBytes: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, maxBytes: sorted.at(-1) ?? 0 };
  } finally {
    await browser.close();
    await server.close();
  }
}
