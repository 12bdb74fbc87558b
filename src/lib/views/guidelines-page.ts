// /codes/iaps/guidelines/: the practice guideline explanations in source order, split into the page's parts.
import { GUIDELINE_CODE_ID } from '../constants';
import type { Clause, Code, Guideline, SiteData } from '../content/model';
import { paths, withBase } from '../paths';

export interface GuidelineItem {
  guideline: Guideline;
  /** The IAPS value the guideline explains, for the value guidelines. */
  value: Clause | undefined;
  /** That value in the IAPS code, with base; undefined with the value. */
  valueHref: string | undefined;
}

export interface GuidelinesPageView {
  iaps: Code;
  /** The IAPS code's page, with base. */
  iapsHref: string;
  intro: GuidelineItem[];
  values: GuidelineItem[];
  /** Supervision and action points, after the values. */
  after: GuidelineItem[];
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function guidelinesPageView(
  site: SiteData,
  base: string = import.meta.env.BASE_URL,
): GuidelinesPageView {
  const iaps = site.codes.find((code) => code.id === GUIDELINE_CODE_ID);
  if (!iaps) throw new Error(`The practice guidelines page needs the code "${GUIDELINE_CODE_ID}"`);
  const items = site.guidelines.map((guideline) => {
    const value = guideline.data.value
      ? iaps.clauses.find((clause) => clause.id === guideline.data.value)
      : undefined;
    return {
      guideline,
      value,
      valueHref: value ? withBase(paths.clause(iaps.id, value.id), base) : undefined,
    };
  });
  const kind = (...kinds: string[]) => items.filter(({ guideline }) => kinds.includes(guideline.data.kind));
  return {
    iaps,
    iapsHref: withBase(paths.code(iaps.id), base),
    intro: kind('introduction'),
    values: kind('value'),
    after: kind('supervision', 'action-points'),
  };
}
