// Under forced colours (Windows high contrast) backgrounds and box shadows are dropped: a mark must be a border or
// an outline in a system colour. Shared by the forced-colours tests and the comparison gates.
import type { Page } from 'playwright-core';

/** The widest visible border or outline the first element matching selector draws, in px (0 when none). */
export function markWidth(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      const widths = (['top', 'right', 'bottom', 'left'] as const).map((side) =>
        style.getPropertyValue(`border-${side}-style`) === 'none' ||
        style.getPropertyValue(`border-${side}-color`) === 'rgba(0, 0, 0, 0)'
          ? 0
          : parseFloat(style.getPropertyValue(`border-${side}-width`)),
      );
      const outline =
        style.outlineStyle === 'none' || style.outlineColor === 'rgba(0, 0, 0, 0)'
          ? 0
          : parseFloat(style.outlineWidth);
      return Math.max(outline, ...widths);
    });
}
