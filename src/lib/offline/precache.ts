// What the service worker keeps for offline use, and the worker's source. Pure: the build integration
// (src/integrations/offline.ts) lists and reads the files; tests feed small lists.
import { createHash } from 'node:crypto';

/**
 * The reading pages (every code, theme, crosswalk, compare and scenario page, the indexes, search, about,
 * selection and builder), the search index and the search's topics, the 404 page's index, the builder's theme
 * files (one per theme; it loads its candidate clauses from them, which it used to carry in its page), and the
 * scripts, styles and icons they load. Not precached: the clause pages and embeds (one per clause: the
 * code page holds the same text), preview images and the data exports (codes.json grows with every code).
 */
const PAGES = [
  /^index\.html$/,
  /^404\.html$/,
  /^(codes|themes|crosswalk|compare|scenarios|search|about|selection|build)\/index\.html$/,
  /^codes\/[^/]+\/index\.html$/,
  /^codes\/[^/]+\/guidelines\/index\.html$/,
  // The code list's further pages (above CODE_LIST_MAX_CODES codes).
  /^codes\/page\/\d+\/index\.html$/,
  /^(themes|crosswalk|scenarios)\/[^/]+\/index\.html$/,
  /^compare\/[^/]+\/index\.html$/,
  /^compare\/[^/]+\/[^/]+\/index\.html$/,
];
const ASSETS = [
  /^_astro\//,
  /^pagefind\//,
  // The query layer's topics and lexicon (search answers nothing without them) and its theme model, the 404 page's
  // index, and the code index of the code list's filter and the search's code picker.
  /^data\/(search-topics|search-real-words|search-theme-model|pages|code-index)\.json$/,
  // The builder's candidates, one file per theme: as many files as themes, whatever the number of codes.
  /^data\/themes\/[^/]+\.json$/,
  /^theme-init\.js$/,
  /^[^/]+\.css$/,
  /^manifest\.webmanifest$/,
  /^icons\//,
];

/** Build-relative files to precache, sorted. */
export function precacheFiles(files: string[]): string[] {
  return files
    .filter(
      (file) => PAGES.some((pattern) => pattern.test(file)) || ASSETS.some((pattern) => pattern.test(file)),
    )
    .sort();
}

/**
 * Most a first visit downloads in the background for offline use: 16 MiB, four times the real site with its five
 * codes (about 4 MB). A site of hundreds of codes has far more (163 MB at 500 codes, most of it search result
 * fragments), too much to fetch unasked on a phone; what does not fit is cached as it is read instead.
 */
export const PRECACHE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * What goes first when not everything fits: 0 the site's shell (scripts, styles, icons, search index and its
 * data, indexes, 404, search, selection and builder), 1 the reading pages, 2 the search's result fragments (one
 * per clause; a search shows a result from its fragment).
 */
export function precachePriority(file: string): 0 | 1 | 2 {
  if (/^pagefind\/fragment\//.test(file)) return 2;
  if (/^(codes|themes|crosswalk|compare|scenarios)\/.+\/index\.html$/.test(file)) return 1;
  return 0;
}

/**
 * The files to precache within `maxBytes`, by priority (then path): a group is taken whole while it fits, and
 * the files of the first group that does not fit are taken in order while they do; everything after is left to
 * be cached when read. Never leaves out the shell: if the shell alone is over, it is kept and reported.
 */
export function withinPrecacheCap<T extends { file: string; size: number }>(
  entries: T[],
  maxBytes: number = PRECACHE_MAX_BYTES,
): { kept: T[]; deferred: T[] } {
  const ordered = [...entries].sort(
    (a, b) => precachePriority(a.file) - precachePriority(b.file) || a.file.localeCompare(b.file),
  );
  const kept: T[] = [];
  const deferred: T[] = [];
  let total = 0;
  for (const entry of ordered) {
    const fits = total + entry.size <= maxBytes && deferred.length === 0;
    if (fits || precachePriority(entry.file) === 0) {
      kept.push(entry);
      total += entry.size;
    } else deferred.push(entry);
  }
  return { kept, deferred };
}

/** The cache version: a hash of every precached file's path and bytes, so any change to any of them is a new version. */
export function precacheVersion(entries: { file: string; content: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const { file, content } of entries) hash.update(file).update('\0').update(content).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The URL a file is requested at: `codes/iaps/index.html` → `/base/codes/iaps/`. */
export function fileUrl(file: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The service worker. Install fetches every precached URL into a cache named by the version (a hash of their
 * contents), so a new deploy is a new cache; activate deletes the other versions and takes control at once.
 * Pages and other unhashed files are network-first (online readers always get the deployed page), falling back
 * to the cache offline; `_astro/` files and pagefind chunks have content hashes in their names, so cache-first.
 * A page that is not cached, offline, gets the cached 404 page. Pages read and hashed files fetched are kept in
 * the cache, so what a reader has opened is there offline even when it was not precached.
 */
export function serviceWorkerSource({
  version,
  urls,
  base,
}: {
  version: string;
  urls: string[];
  base: string;
}): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `// Generated by src/integrations/offline.ts (src/lib/offline/precache.ts); do not edit.
const CACHE = ${JSON.stringify(`pec-${version}`)};
const URLS = ${JSON.stringify(urls)};
const HASHED = [${JSON.stringify(`${root}_astro/`)}, ${JSON.stringify(`${root}pagefind/`)}];
const NOT_FOUND = ${JSON.stringify(`${root}404.html`)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(URLS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('pec-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const hashed = HASHED.some((prefix) => url.pathname.startsWith(prefix) && !/pagefind(-entry)?\\.(js|json)$/.test(url.pathname));
  event.respondWith(hashed ? cacheFirst(request) : networkFirst(request));
});

// What was not precached (a site too large for PRECACHE_MAX_BYTES) is kept once read, so it is there offline.
async function keep(request, response) {
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    await caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
  }
  return response;
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  return cached ?? keep(request, await fetch(request));
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    return request.mode === 'navigate' ? keep(request, response) : response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const notFound = await caches.match(NOT_FOUND, { cacheName: CACHE });
      if (notFound) return notFound;
    }
    throw error;
  }
}
`;
}
