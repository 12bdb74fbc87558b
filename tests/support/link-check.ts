// The link gate's logic, pure: given a built site's HTML pages and file list, find every URL a page refers to
// and say which internal ones do not resolve (file or #fragment missing, or outside the base path) and which
// leave the site. No file system here, so the unit tests can feed it small in-memory sites.
import { parse } from 'node-html-parser';

export interface SitePage {
  /** Path of the HTML file relative to the build folder, e.g. `codes/iaps/index.html`. */
  file: string;
  html: string;
}

export interface LinkCheckInput {
  pages: SitePage[];
  /** Every file in the build folder (HTML or not), relative, forward slashes. */
  files: string[];
  /** Base path the site is served under: `/` or `/ethics/`. */
  base: string;
  /** The public origin (SITE_URL); absolute URLs to it are checked like internal ones (canonical, og:url). */
  siteOrigin?: string;
}

export interface LinkRef {
  page: string;
  /** Where the URL was found, e.g. `a[href]`. */
  where: string;
  url: string;
}

export interface BrokenLink extends LinkRef {
  reason: string;
}

export interface LinkReport {
  /** Every URL reference checked (internal, own public origin and external). */
  checked: number;
  /** Internal references whose #fragment was checked against the target's ids. */
  fragments: number;
  broken: BrokenLink[];
  /** References to another origin: listed, never followed. */
  external: LinkRef[];
}

// Where a URL can hide in our pages. srcset is split into its candidates.
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'poster', 'data'] as const;
const URL_META = ['og:url', 'og:image', 'twitter:image'];
// The URL a checked page is fetched from never matters; this stands for "the site's own origin".
const LOCAL = 'http://site.invalid';
const IGNORED_SCHEMES = new Set(['mailto:', 'tel:', 'data:', 'javascript:']);

/** The URL path a built file is served at: `codes/iaps/index.html` → `/base/codes/iaps/`. */
export function servedPath(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every URL reference in one page, in document order. */
function extractRefs(page: SitePage): LinkRef[] {
  const root = parse(page.html);
  const refs: LinkRef[] = [];
  for (const element of root.querySelectorAll(URL_ATTRIBUTES.map((name) => `[${name}]`).join(','))) {
    const tag = element.tagName.toLowerCase();
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === undefined) continue;
      // `data` is a URL on <object> only; elsewhere it is an ordinary attribute name clash.
      if (name === 'data' && tag !== 'object') continue;
      const urls = name === 'srcset' ? srcsetUrls(value) : [value.trim()];
      for (const url of urls) refs.push({ page: page.file, where: `${tag}[${name}]`, url });
    }
  }
  for (const meta of root.querySelectorAll('meta[property], meta[name]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    const content = meta.getAttribute('content');
    if (URL_META.includes(key) && content)
      refs.push({ page: page.file, where: `meta[${key}]`, url: content.trim() });
  }
  return refs;
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Ids a #fragment may name in a page: element ids and the legacy <a name>. */
function fragmentTargets(html: string): Set<string> {
  const root = parse(html);
  const ids = root.querySelectorAll('[id]').map((element) => element.id);
  const names = root.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? '');
  return new Set([...ids, ...names]);
}

export function checkLinks({ pages, files, base, siteOrigin }: LinkCheckInput): LinkReport {
  const fileSet = new Set(files);
  const htmlByFile = new Map(pages.map((page) => [page.file, page.html]));
  const targetsCache = new Map<string, Set<string>>();
  const targetsOf = (file: string) => {
    let targets = targetsCache.get(file);
    if (!targets) targetsCache.set(file, (targets = fragmentTargets(htmlByFile.get(file) ?? '')));
    return targets;
  };

  const report: LinkReport = { checked: 0, fragments: 0, broken: [], external: [] };
  for (const page of pages) {
    const pageUrl = new URL(servedPath(page.file, base), LOCAL);
    for (const ref of extractRefs(page)) {
      report.checked += 1;
      const problem = (reason: string) => report.broken.push({ ...ref, reason });
      if (ref.url === '') {
        problem('empty URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref.url, pageUrl);
      } catch {
        problem('not a valid URL');
        continue;
      }
      if (IGNORED_SCHEMES.has(url.protocol)) continue;
      const own =
        url.origin === LOCAL || (siteOrigin !== undefined && url.origin === new URL(siteOrigin).origin);
      if (!own) {
        report.external.push(ref);
        continue;
      }
      // 404.html is served at whatever address was missed, so a relative URL there points anywhere.
      if (page.file === '404.html' && url.origin === LOCAL && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(ref.url)) {
        problem('relative URL on the 404 page, which is served at any address: make it absolute');
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        problem(`outside the base path ${base}`);
        continue;
      }
      const inside = decodeURIComponent(url.pathname.slice(base.length));
      const file = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
      if (!fileSet.has(file)) {
        problem(
          fileSet.has(`${file}/index.html`)
            ? 'no such file (add the trailing slash)'
            : 'no such page or file',
        );
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || fragment === 'top') continue;
      report.fragments += 1;
      if (!htmlByFile.has(file)) problem(`#${fragment} on a file that is not an HTML page`);
      else if (!targetsOf(file).has(fragment))
        problem(`no element with id "${fragment}" on ${servedPath(file, base)}`);
    }
  }
  return report;
}

/** One line per broken link, for a failing test's message. */
export function formatBroken(broken: BrokenLink[]): string {
  return broken.map(({ page, where, url, reason }) => `${page}: ${where}="${url}": ${reason}`).join('\n');
}
