// /codes/<code>/: the code, and the themes it has no clause on.
import { GUIDELINE_CODE_ID } from '../constants';
import type { Code, SiteData, Theme } from '../content/model';
import { codeGaps, type Crosswalk } from '../crosswalk/matrix';
import { isReviewed } from '../crosswalk/review';
import { paths, withBase } from '../paths';

export interface CodePageView {
  code: Code;
  /** Whether the page points at the practice guidelines page (the IAPS code). */
  hasGuidelines: boolean;
  /** Themes the code has no clause on, in theme order, each with its theme page (with base). */
  gaps: { theme: Theme; href: string }[];
  themeCount: number;
  /** False while the code's tagging is the importer's proposal (status: draft): its gaps are not findings yet. */
  reviewed: boolean;
  /** The code's link-preview image, with base. */
  imageHref: string;
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function codePageView(
  site: SiteData,
  crosswalk: Crosswalk,
  code: Code,
  base: string = import.meta.env.BASE_URL,
): CodePageView {
  const at = (path: string) => withBase(path, base);
  return {
    code,
    hasGuidelines: code.id === GUIDELINE_CODE_ID,
    gaps: codeGaps(crosswalk, code.id).map((theme) => ({ theme, href: at(paths.theme(theme.id)) })),
    themeCount: site.themes.length,
    reviewed: isReviewed(code),
    imageHref: at(paths.codeImage(code.id)),
  };
}
