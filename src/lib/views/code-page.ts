// /codes/<code>/: the code, and the themes it has no clause on.
import { GUIDELINE_CODE_ID } from '../constants';
import type { Code, SiteData, Theme } from '../content/model';
import { codeGaps, type Crosswalk } from '../crosswalk/matrix';
import { isReviewed } from '../crosswalk/review';

export interface CodePageView {
  code: Code;
  /** Whether the page points at the practice guidelines page (the IAPS code). */
  hasGuidelines: boolean;
  /** Themes the code has no clause on, in theme order. */
  gaps: Theme[];
  themeCount: number;
  /** False while the code's tagging is the importer's proposal (status: draft): its gaps are not findings yet. */
  reviewed: boolean;
}

export function codePageView(site: SiteData, crosswalk: Crosswalk, code: Code): CodePageView {
  return {
    code,
    hasGuidelines: code.id === GUIDELINE_CODE_ID,
    gaps: codeGaps(crosswalk, code.id),
    themeCount: site.themes.length,
    reviewed: isReviewed(code),
  };
}
