// The wording under a coverage bar, shared by the crosswalk (a code's themes) and the theme index (a theme's codes).
import type { Coverage } from '../crosswalk/matrix';

export interface CoverageView extends Coverage {
  /** "12 of 30 themes (3 in passing)". */
  label: string;
}

export function coverageView(coverage: Coverage, noun: 'themes' | 'codes', passing: string): CoverageView {
  const addressed = coverage.direct + coverage.touches;
  return {
    ...coverage,
    label: `${addressed} of ${coverage.total} ${noun}${coverage.touches ? ` (${coverage.touches} ${passing})` : ''}`,
  };
}
