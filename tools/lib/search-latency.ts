// Measures search in Chromium over a built site: what it downloads, and how long it takes to show results,
// cold (first search on a fresh page with an empty cache) and warm (each further keystroke). Reusable: the
// benchmark calls measureSearch() over other builds; scripts/measure-search.ts prints it for people.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from './browser';
import { HEADER_RESULTS } from './search-results';
import { serveStatic } from './static-server';

export interface SearchLatencyOptions {
  /** Build folder to serve (dist/). */
  dist: string;
  /** Base path the build was made for ('/' or '/ethics/'). */
  base?: string;
  /** Page whose header box is used, relative to the base. */
  page?: string;
  /** Query typed for the cold measurement, once per fresh context. */
  coldQuery?: string;
  /** Fresh contexts to measure cold; the median is reported. */
  coldRuns?: number;
  /** Words typed keystroke by keystroke for the warm measurement. */
  warmQueries?: string[];
  /** Questions (the evaluation set) typed keystroke by keystroke on a warm page: every keystroke is timed. */
  evalQueries?: string[];
  /** A browser to reuse; otherwise one is launched and closed. */
  browser?: Browser;
}

export interface FileBytes {
  path: string;
  kind: 'js' | 'wasm' | 'index' | 'other';
  bytes: number;
}

export interface Stats {
  samples: number[];
  median: number;
  p95: number;
  max: number;
}

export interface SearchLatency {
  /** JavaScript every page loads for search before anyone searches (the box's tiny loader). */
  pageLoadSearchJsBytes: number;
  /** What the first search downloads: search JavaScript, WebAssembly, index data. */
  firstSearch: { jsBytes: number; wasmBytes: number; indexBytes: number; files: FileBytes[] };
  /** Milliseconds from the input event to the results on screen, fresh page and empty cache. */
  coldMs: Stats;
  /** Milliseconds from each further keystroke's input event to its results on screen. */
  warmKeystrokeMs: Stats;
  /** The same for every keystroke of the evaluation questions (null without evalQueries). */
  evalKeystrokeMs: Stats | null;
}

// The header box and its drop-down (src/components/SiteSearch.astro).
const INPUT = '#site-search-input';

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    samples: samples.map(round),
    median: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

function kindOf(path: string): FileBytes['kind'] {
  if (/\.wasm$|\/wasm\.[\w-]+\.pagefind$/.test(path)) return 'wasm';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\/pagefind\//.test(path)) return 'index';
  return 'other';
}

/**
 * Sets the box's value and fires one input event, as a keystroke or a paste does, then waits until the
 * results box shows exactly that value's results. Runs in the page, so the time is the page's own.
 */
function timeInput(page: Page, value: string): Promise<number> {
  return page.evaluate(
    ([inputSelector, resultsSelector, query]) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(inputSelector);
        if (!input) return reject(new Error(`no ${inputSelector}`));
        // Timed in the page, so waitForResults (search-results.ts) cannot serve; the same test: the results box
        // names the query, trimmed as the page reads it.
        const done = () =>
          document.querySelector<HTMLElement>(resultsSelector)?.dataset.query === query.trim();
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributeFilter: ['data-query'],
        });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no results for "${query}" within 15 s`));
        }, 15_000);
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // A keystroke that leaves the trimmed query as it was ("dating" then "dating ") changes nothing.
        if (done()) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      }),
    [INPUT, HEADER_RESULTS, value] as const,
  );
}

export async function measureSearch(options: SearchLatencyOptions): Promise<SearchLatency> {
  const {
    dist,
    base = '/',
    page: pagePath = 'about/',
    coldQuery = 'money',
    coldRuns = 5,
    warmQueries = ['gifts', 'dating', 'burnout', 'confidential'],
  } = options;
  const server = await serveStatic(dist, base);
  const browser = options.browser ?? (await launchChromium());
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    const evalSamples: number[] = [];
    let pageLoadSearchJsBytes = 0;
    let firstSearch: SearchLatency['firstSearch'] | undefined;

    for (let run = 0; run < coldRuns; run++) {
      // A fresh context has an empty HTTP cache: the first search fetches everything.
      const context = await browser.newContext();
      const loaded: Promise<FileBytes | null>[] = [];
      let searching = false;
      context.on('requestfinished', (request: Request) => {
        const phase = searching;
        loaded.push(
          request.sizes().then(({ responseBodySize }) => {
            const path = new URL(request.url()).pathname;
            // The size on disk where there is one: Chromium reports 0 for a worker's script. The test server
            // does not compress, so this is also what went over the wire.
            const onDisk = join(dist, path.slice(base.length));
            const bytes =
              path.startsWith(base) && existsSync(onDisk) ? statSync(onDisk).size : responseBodySize;
            const file = { path, kind: kindOf(path), bytes };
            if (phase) return file.kind === 'other' ? null : file;
            return file.kind === 'js' && /SiteSearch|preload-helper/.test(path)
              ? { ...file, path: `load:${path}` }
              : null;
          }),
        );
      });
      const page = await context.newPage();
      await page.goto(`${server.url}${pagePath}`, { waitUntil: 'load' });
      searching = true;
      cold.push(await timeInput(page, coldQuery));
      // Let stragglers of the first search (the worker's WebAssembly, result fragments) finish and count them.
      await page.waitForTimeout(500);
      const files = (await Promise.all(loaded)).filter((file): file is FileBytes => file !== null);
      // Later keystrokes reuse what the first search loaded.
      for (const query of run === 0 ? warmQueries : []) {
        for (let length = 1; length <= query.length; length++)
          warm.push(await timeInput(page, query.slice(0, length)));
      }
      for (const query of run === 0 ? (options.evalQueries ?? []) : []) {
        for (let length = 1; length <= query.length; length++)
          evalSamples.push(await timeInput(page, query.slice(0, length)));
      }
      if (run === 0) {
        pageLoadSearchJsBytes = files
          .filter((file) => file.path.startsWith('load:'))
          .reduce((sum, file) => sum + file.bytes, 0);
        // The first search's own downloads: its code, WebAssembly, index chunks and the shown results' fragments.
        const searchFiles = files.filter((file) => !file.path.startsWith('load:'));
        const sum = (kind: FileBytes['kind']) =>
          searchFiles.filter((file) => file.kind === kind).reduce((total, file) => total + file.bytes, 0);
        firstSearch = {
          jsBytes: sum('js'),
          wasmBytes: sum('wasm'),
          indexBytes: sum('index'),
          files: searchFiles,
        };
      }
      await context.close();
    }
    if (!firstSearch) throw new Error('coldRuns must be at least 1');
    return {
      pageLoadSearchJsBytes,
      firstSearch,
      coldMs: stats(cold),
      warmKeystrokeMs: stats(warm),
      evalKeystrokeMs: evalSamples.length ? stats(evalSamples) : null,
    };
  } finally {
    if (!options.browser) await browser.close();
    await server.close();
  }
}
