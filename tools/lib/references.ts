// What a page makes the browser load before anyone interacts: its stylesheets, its scripts and the modules
// they import statically, and the fonts its CSS names. Dynamic import() is left out on purpose: search loads
// pagefind that way, on use.

/** Resolves a reference in an HTML page or asset to a build-relative path; null for other origins, data: and fragments. */
export function resolveRef(ref: string, fromFile: string, base: string): string | null {
  if (/^(?:[a-z]+:|\/\/|#)/i.test(ref)) return null;
  const clean = ref.replace(/[?#].*$/, '');
  if (clean.startsWith('/')) {
    const root = base.endsWith('/') ? base : `${base}/`;
    return clean.startsWith(root) ? clean.slice(root.length) : null;
  }
  const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of `${dir}${clean}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export interface PageRefs {
  css: string[];
  js: string[];
}

/** Stylesheets, and classic or module scripts and module preloads, an HTML page references. */
export function htmlRefs(html: string): PageRefs {
  const css: string[] = [];
  const js: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel=["']?stylesheet/i.test(tag)) css.push(attr(tag, 'href'));
    // A module preload is fetched on load like a script (Astro emits none today).
    if (/\brel=["']?modulepreload/i.test(tag)) js.push(attr(tag, 'href'));
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\bsrc=/i.test(tag)) js.push(attr(tag, 'src'));
  }
  return { css: css.filter(Boolean), js: js.filter(Boolean) };
}

function attr(tag: string, name: string): string {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').replace(/&amp;/g, '&');
}

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export … from`); not import(). */
export function jsImports(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g,
  )) {
    found.add(match[1]!);
  }
  return [...found];
}

/** Files a stylesheet names with url() or @import. */
export function cssUrls(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)) {
    found.add((match[1] ?? match[2])!);
  }
  return [...found];
}
