// How many files a page makes the browser fetch on load: the page, its stylesheets, its scripts with their
// static imports, the fonts its CSS names, and a same-site icon (browsers fetch it too; a data: icon costs
// none). Counted from the built files, as the Chromium runs in the benchmark's notes confirm.
import { resolveRef } from './references';

/** Build-relative files of the `<link rel="icon">` tags of a page; data: and other origins are left out. */
export function iconFiles(html: string, file: string, base: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?(?:shortcut )?icon\b/i.test(tag)) continue;
    const href = /\bhref=["']([^"']*)["']/i.exec(tag)?.[1];
    const target = href ? resolveRef(href, file, base) : null;
    if (target) found.push(target);
  }
  return found;
}

/** Requests on load: one for the page plus one per distinct file it loads up front. */
export function requestCount(files: {
  css: Iterable<string>;
  js: Iterable<string>;
  fonts: Iterable<string>;
  icons: Iterable<string>;
}): number {
  return 1 + new Set([...files.css, ...files.js, ...files.fonts, ...files.icons]).size;
}
