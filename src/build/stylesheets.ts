// One stylesheet per page. Astro splits CSS by the set of pages that use it, so a page links three to five
// small files; each is a request. After the build, each page's stylesheets are joined, in the page's order
// (so the cascade is unchanged), into one file named by its content: pages with the same set share it.
import { createHash } from 'node:crypto';

const LINK = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/** The hrefs of a page's `<link rel="stylesheet">` tags, in document order. */
export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(LINK)].map((match) => match[1]!);
}

/** The page with its stylesheet links replaced by one link to href, where the first of them stood. */
export function replaceStylesheetLinks(html: string, href: string): string {
  let first = true;
  return html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${href}">`;
  });
}

export interface Bundle {
  /** Build-relative file name, e.g. `_astro/page.1a2b3c4d.css`. */
  file: string;
  css: string;
}

/**
 * Joins the stylesheets a page links. `read` returns a stylesheet's text by its href (with the base path);
 * the bundle's name hashes its content, so identical sets make identical files.
 */
export function bundleFor(hrefs: string[], read: (href: string) => string): Bundle {
  if (hrefs.some((href) => /^[a-z]+:|^\/\//i.test(href)))
    throw new Error(`stylesheets: not a file of this site in ${hrefs.join(', ')}`);
  const css = hrefs
    .map((href) => {
      const text = read(href);
      // A later @import or @charset would be ignored mid-file: refuse rather than change the styles.
      if (/@import|@charset/.test(text))
        throw new Error(`stylesheets: ${href} has @import or @charset; cannot join it`);
      return text.trim();
    })
    .join('\n');
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  return { file: `_astro/page.${hash}.css`, css: `${css}\n` };
}
