// /codes/iaps/guidelines/: the practice guideline explanations in source order, split into the page's parts.
import { GUIDELINE_CODE_ID } from '../constants';
import type { Clause, Code, Guideline, SiteData } from '../content/model';

export interface GuidelineItem {
  guideline: Guideline;
  /** The IAPS value the guideline explains, for the value guidelines. */
  value: Clause | undefined;
}

export interface GuidelinesPageView {
  iaps: Code;
  intro: GuidelineItem[];
  values: GuidelineItem[];
  /** Supervision and action points, after the values. */
  after: GuidelineItem[];
}

export function guidelinesPageView(site: SiteData): GuidelinesPageView {
  const iaps = site.codes.find((code) => code.id === GUIDELINE_CODE_ID);
  if (!iaps) throw new Error(`The practice guidelines page needs the code "${GUIDELINE_CODE_ID}"`);
  const items = site.guidelines.map((guideline) => ({
    guideline,
    value: guideline.data.value
      ? iaps.clauses.find((clause) => clause.id === guideline.data.value)
      : undefined,
  }));
  const kind = (...kinds: string[]) => items.filter(({ guideline }) => kinds.includes(guideline.data.kind));
  return {
    iaps,
    intro: kind('introduction'),
    values: kind('value'),
    after: kind('supervision', 'action-points'),
  };
}
