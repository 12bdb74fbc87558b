// Everything <head> links to (BaseHead.astro), as finished URLs: the canonical address, the preview image, the
// sitemap, the manifest, the touch icon and the pre-paint script.
import { SITEMAP_INDEX } from '../../config/sitemap.mjs';
import { pageTitle } from '../page-title';
import { paths, withBase } from '../paths';
import { SITE_NAME } from '../site-name';

export interface HeadInput {
  title: string;
  /** False for a page with no address of its own (the 404 page): no canonical URL. */
  canonical: boolean;
  /** Canonical path below the base, where it is not the page's own (an alias page points at the current one). */
  canonicalPath?: string;
  /** Link-preview image (path with base) and its text; the site's image where a page has none. */
  image?: { href: string; alt: string };
  /** The page's own path, base included (Astro.url.pathname). */
  pathname: string;
  /** The deployed site's origin (Astro.site), when SITE_URL is set. */
  site: URL | undefined;
}

export interface HeadView {
  /** The page's title with the site name. */
  fullTitle: string;
  /** Absolute canonical URL, when the site's origin is known and the page has an address. */
  canonical: string | undefined;
  /** Preview image: absolute where the origin is known (link-preview bots want one), else with base. */
  imageUrl: string;
  imageAlt: string;
  /** The sitemap index, with base, when the origin is known (the sitemap is only written then). */
  sitemap: string | undefined;
  /** With base. */
  manifest: string;
  appleTouchIcon: string;
  themeInit: string;
}

/** `base` is the site's base path ("/", "/ethics/"). */
export function headView(input: HeadInput, base: string = import.meta.env.BASE_URL): HeadView {
  const at = (path: string) => withBase(path, base);
  const { site } = input;
  const canonicalHref = input.canonicalPath === undefined ? input.pathname : at(input.canonicalPath);
  const image = input.image ?? {
    href: at(paths.siteImage()),
    alt: `${SITE_NAME}: codes of ethics for peer support, clause by clause`,
  };
  return {
    fullTitle: pageTitle(input.title, SITE_NAME),
    canonical: site && input.canonical ? new URL(canonicalHref, site).href : undefined,
    imageUrl: site ? new URL(image.href, site).href : image.href,
    imageAlt: image.alt,
    sitemap: site ? at(SITEMAP_INDEX) : undefined,
    manifest: at(paths.manifest()),
    appleTouchIcon: at(paths.icon(192)),
    themeInit: at(paths.themeInit()),
  };
}
