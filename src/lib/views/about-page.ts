// /about/: the sources list (every code with its issuer and note) and the links the page's prose makes.
import type { SiteData } from '../content/model';
import { paths, withBase } from '../paths';
import type { CiteCodes } from './cite-link';
import { siteLinks, type SiteLinks } from './site-links';

export interface AboutPageView {
  /** The codes the page's <Cite> references are checked against (Cite.astro). */
  citeContext: CiteCodes;
  /** One entry per code, in site order, for the sources list. */
  sources: { href: string; title: string; issuer: string; sourceNote: string }[];
  /** The guideline page's action points, with base: the module's words on conflicting guidance. */
  actionPointsHref: string;
  links: SiteLinks;
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function aboutPageView(
  { codes }: Pick<SiteData, 'codes'>,
  base: string = import.meta.env.BASE_URL,
): AboutPageView {
  return {
    citeContext: { codes },
    sources: codes.map((code) => ({
      href: withBase(paths.code(code.id), base),
      title: code.data.title,
      issuer: code.data.issuer,
      sourceNote: code.data.sourceNote,
    })),
    actionPointsHref: withBase(`${paths.guidelines()}#action-points`, base),
    links: siteLinks(base),
  };
}
