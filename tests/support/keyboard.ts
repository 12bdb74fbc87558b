// Keyboard helpers for browser tests: tab until an element has focus, and check that focus is visible.
import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches `selector`; returns how many presses it took. */
export async function tabTo(page: Page, selector: string, maxPresses = 150): Promise<number> {
  const visited: string[] = [];
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    const { matches, name } = await page.evaluate((sel) => {
      const active = document.activeElement;
      const name = active
        ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${(active.textContent ?? '').trim().slice(0, 30)}"`
        : 'none';
      return { matches: Boolean(active?.matches(sel)), name };
    }, selector);
    if (matches) return presses;
    visited.push(name);
  }
  throw new Error(
    `Tab never reached ${selector} in ${maxPresses} presses; focus went through:\n${visited.join('\n')}`,
  );
}

export interface FocusStyle {
  element: string;
  outlineStyle: string;
  outlineWidth: number;
  boxShadow: string;
  visible: boolean;
}

/** How the focused element shows its focus: outline, box shadow, and whether it is on screen at all. */
export function focusStyle(page: Page): Promise<FocusStyle> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body)
      return { element: 'none', outlineStyle: 'none', outlineWidth: 0, boxShadow: 'none', visible: false };
    const style = getComputedStyle(active);
    const box = active.getBoundingClientRect();
    return {
      element: active.outerHTML.slice(0, 80),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      visible: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight,
    };
  });
}

/** True when focus is on screen and drawn: an outline of some width, or a box shadow. */
export function hasFocusRing(style: FocusStyle): boolean {
  const outline = style.outlineStyle !== 'none' && style.outlineWidth > 0;
  return style.visible && (outline || style.boxShadow !== 'none');
}
