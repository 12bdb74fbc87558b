// Bytes a reader transfers for one search, measured in Chromium through the site's own search: a fresh browser
// context per query opens a page, types the query into the header box at once (as a paste does) and waits for
// its results, so the query layer's lookups (one per term and named theme), /data/search-topics.json and, for a
// query long enough to be read whole, /data/search-theme-model.json count.
// Each pagefind or search-data file fetched counts at its gzip size (index chunks and fragments are gzip
// already; pagefind.js, the wasm loader and the JSON compress on any host that gzips).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tools/lib/browser';
import { HEADER_RESULTS, waitForResults } from '../../tools/lib/search-results';
import { serveStatic } from '../../tools/lib/static-server';

export interface TransferFigures {
  /** Per query: bytes transferred (gzip), and the number of pagefind files fetched. */
  perQuery: { query: string; bytes: number; files: number; results: number }[];
  medianBytes: number;
  maxBytes: number;
}

export async function measurePagefindTransfer(
  dir: string,
  base: string,
  queries: string[],
): Promise<TransferFigures> {
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
        if (
          path.startsWith(`${base}pagefind/`) ||
          path === `${base}data/search-topics.json` ||
          path === `${base}data/search-theme-model.json`
        )
          fetched.add(path.slice(base.length));
      });
      await page.goto(`${server.url}about/`);
      const input = page.locator('#site-search-input');
      await input.fill(query);
      await waitForResults(page, HEADER_RESULTS, query);
      // Stragglers (the worker's WebAssembly, result fragments) finish and count.
      await page.waitForTimeout(500);
      const results = await page.locator('#site-search-panel [role="option"].search-result').count();
      await context.close();
      perQuery.push({
        query,
        bytes: [...fetched].reduce((n, path) => n + sizeOf(path), 0),
        files: fetched.size,
        results,
      });
    }
    const sorted = perQuery.map((q) => q.bytes).sort((a, b) => a - b);
    return {
      perQuery,
      medianBytes: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
      maxBytes: sorted.at(-1) ?? 0,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
