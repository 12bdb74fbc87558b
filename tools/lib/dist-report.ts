// Sizes of a built site: the whole dist/, and per page type what a reader's first load transfers (the page,
// the CSS and JS it references with their static imports, the fonts that CSS names), raw and gzip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './dist';
import { classifyFile, HTML_TYPES, TOOL_TYPES, type PageType } from './page-types';
import { cssUrls, htmlRefs, jsImports, resolveRef } from './references';
import { iconFiles, requestCount } from './requests';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  file: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  fonts: Bytes;
  /** html + css + js + fonts. */
  total: Bytes;
  /** Files fetched on load, the page included (requests.ts). */
  requests: number;
}

export interface TypeFigures {
  count: number;
  /** The page of this type with the largest total gzip. */
  largest: PageWeight;
  /** Median total gzip over the pages of this type. */
  medianTotalGzip: number;
}

export interface DistReport {
  files: number;
  pages: number;
  bytes: number;
  byType: Partial<Record<PageType, TypeFigures>>;
  /** Raw bytes of files that are not pages (data exports, the search index, assets). */
  fileBytes: { data: number; pagefind: number | null; pagefindFiles: number; asset: number };
  /** JavaScript a page loads before any interaction, worst page (gzip). */
  /** Most JavaScript any reading page loads before interaction (tool pages apart). */
  maxInitialJsGzip: { file: string; gzip: number };
  /** Most JavaScript a tool page (/selection/, /build/) loads up front. */
  maxToolJsGzip: { file: string; gzip: number };
}

const FONT = /\.(?:woff2?|ttf|otf)$/i;
const sum = (list: Bytes[]): Bytes =>
  list.reduce((acc, b) => ({ raw: acc.raw + b.raw, gzip: acc.gzip + b.gzip }), { raw: 0, gzip: 0 });
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0;
};

/** The files a page makes the browser load up front, build-relative. */
export interface PageLoads {
  css: string[];
  /** Scripts and every module they import statically (dynamic import() left out: search loads pagefind so). */
  js: string[];
  /** Fonts its stylesheets name. */
  fonts: string[];
  /** Same-site icons (a data: icon costs no request). */
  icons: string[];
}

/**
 * Weighs the pages of one build: what each page loads up front (`loadsOf`) and its bytes (`weigh`). The one page
 * weigher: the size gate, the tools test, the scale build and the benchmark all use it. Files are read once and
 * kept; `forget` drops a big one that no page loads.
 */
export function pageWeigher(dir: string, base = '/', files = listFiles(dir)) {
  const cache = new Map<string, { content: Buffer; bytes: Bytes }>();
  const read = (file: string) => {
    let entry = cache.get(file);
    if (!entry) {
      const content = readFileSync(join(dir, file));
      entry = { content, bytes: { raw: content.length, gzip: gzipSync(content).length } };
      cache.set(file, entry);
    }
    return entry;
  };
  const exists = new Set(files);

  // A module and everything it imports statically, once each.
  const jsClosure = (entry: string, seen: Set<string>) => {
    if (seen.has(entry) || !exists.has(entry)) return;
    seen.add(entry);
    for (const ref of jsImports(read(entry).content.toString('utf8'))) {
      const target = resolveRef(ref, entry, base);
      if (target) jsClosure(target, seen);
    }
  };

  const loadsOf = (file: string): PageLoads => {
    const html = read(file).content.toString('utf8');
    const refs = htmlRefs(html);
    const css = new Set(
      refs.css.map((ref) => resolveRef(ref, file, base)).filter((f): f is string => !!f && exists.has(f)),
    );
    const fonts = new Set<string>();
    for (const sheet of css) {
      for (const ref of cssUrls(read(sheet).content.toString('utf8'))) {
        const target = resolveRef(ref, sheet, base);
        if (target && FONT.test(target) && exists.has(target)) fonts.add(target);
      }
    }
    const js = new Set<string>();
    for (const ref of refs.js) {
      const target = resolveRef(ref, file, base);
      if (target) jsClosure(target, js);
    }
    const icons = iconFiles(html, file, base).filter((f) => exists.has(f));
    return { css: [...css], js: [...js], fonts: [...fonts], icons };
  };

  const weigh = (file: string): PageWeight => {
    const loads = loadsOf(file);
    const parts = {
      html: read(file).bytes,
      css: sum(loads.css.map((f) => read(f).bytes)),
      js: sum(loads.js.map((f) => read(f).bytes)),
      fonts: sum(loads.fonts.map((f) => read(f).bytes)),
    };
    return { file, ...parts, total: sum(Object.values(parts)), requests: requestCount(loads) };
  };

  return { loadsOf, weigh, read, forget: (file: string) => cache.delete(file) };
}

export function reportDist(dir: string, base = '/'): DistReport {
  const files = listFiles(dir);
  const { weigh, read, forget } = pageWeigher(dir, base, files);

  const byType: Partial<Record<PageType, TypeFigures>> = {};
  const weights = new Map<PageType, PageWeight[]>();
  let maxInitialJsGzip = { file: '', gzip: 0 };
  let maxToolJsGzip = { file: '', gzip: 0 };
  const fileBytes = { data: 0, pagefind: 0, pagefindFiles: 0, asset: 0 };
  let bytes = 0;
  for (const file of files) {
    const type = classifyFile(file);
    if (HTML_TYPES.includes(type)) {
      const weight = weigh(file);
      weights.set(type, [...(weights.get(type) ?? []), weight]);
      if (TOOL_TYPES.includes(type)) {
        if (weight.js.gzip > maxToolJsGzip.gzip) maxToolJsGzip = { file, gzip: weight.js.gzip };
      } else if (weight.js.gzip > maxInitialJsGzip.gzip) maxInitialJsGzip = { file, gzip: weight.js.gzip };
      bytes += weight.html.raw;
      continue;
    }
    const size = read(file).bytes.raw;
    bytes += size;
    if (type === 'data') fileBytes.data += size;
    if (type === 'asset') fileBytes.asset += size;
    if (type === 'pagefind') {
      fileBytes.pagefind += size;
      fileBytes.pagefindFiles += 1;
    }
    if (type === 'data' || type === 'pagefind') forget(file); // big files need not stay in memory
  }
  for (const [type, list] of weights) {
    const largest = list.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
    byType[type] = { count: list.length, largest, medianTotalGzip: median(list.map((w) => w.total.gzip)) };
  }
  return {
    files: files.length,
    pages: [...weights.values()].reduce((n, list) => n + list.length, 0),
    bytes,
    byType,
    fileBytes: { ...fileBytes, pagefind: fileBytes.pagefindFiles ? fileBytes.pagefind : null },
    maxInitialJsGzip,
    maxToolJsGzip,
  };
}
