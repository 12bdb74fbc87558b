// WCAG 2.2 SC 2.4.11 Focus not obscured (minimum): the focused element may not be entirely hidden by content the
// page positions over it (sticky headers, fixed bars). Checked in the page after each keyboard move.
import type { Page } from 'playwright-core';

/** Where focus is after one keyboard move, and whether a sticky or fixed element covers all of it. */
export interface FocusStop {
  /** Short description of the focused element, e.g. `a "12"` or `button "Copy link: 3."`. */
  element: string;
  /** True when every sampled visible point of the element is under a sticky or fixed element. */
  covered: boolean;
  /** The element on top, when covered. */
  coveredBy: string;
}

/**
 * Installed in the page: after each focus change (once the browser has scrolled the element into view, hence the
 * timeout) looks at the focused element: samples a 3×3 grid of points inside its box (clipped to the viewport) and
 * asks which element is on top at each. Covered means every point shows an element that is neither the focused one
 * nor inside it, and that is, or sits inside, a position: sticky or fixed element. An element wholly off screen is
 * not "covered" (the browser scrolls focus into view; if it did not, that is a different failure). Stops are kept
 * in window.__focusStops, so a sweep costs one round trip per key press.
 */
function installFocusRecorder(): void {
  const win = window as unknown as { __focusStops?: unknown[] };
  if (win.__focusStops) return;
  const stops: unknown[] = (win.__focusStops = []);
  const describe = (element: Element) => {
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 40);
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"`;
  };
  const positioned = (element: Element | null): Element | null => {
    for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'sticky' || position === 'fixed') return node;
    }
    return null;
  };
  const check = (active: Element) => {
    const box = active.getBoundingClientRect();
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    if (right - left < 1 || bottom - top < 1)
      return { element: describe(active), covered: false, coveredBy: '' };
    let coveredBy = '';
    for (const fx of [0.1, 0.5, 0.9]) {
      for (const fy of [0.1, 0.5, 0.9]) {
        const hit = document.elementFromPoint(left + (right - left) * fx, top + (bottom - top) * fy);
        if (!hit || hit === active || active.contains(hit))
          return { element: describe(active), covered: false, coveredBy: '' };
        // Inside the focused element's own sticky container (a link in a sticky header cell) is not covering it.
        const cover = positioned(hit);
        if (!cover || cover.contains(active))
          return { element: describe(active), covered: false, coveredBy: '' };
        coveredBy = describe(cover);
      }
    }
    return { element: describe(active), covered: true, coveredBy };
  };
  let first: Element | undefined;
  document.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    // Back at the first stop: the sweep has been all the way round.
    if (!first) first = target;
    else if (target === first) (window as unknown as { __focusWrapped?: boolean }).__focusWrapped = true;
    setTimeout(() => {
      if (document.activeElement === target) stops.push(check(target));
    });
  });
}

/**
 * Presses `key` (Tab or Shift+Tab) up to `maxStops` times or until focus wraps back to the document, checking
 * every stop. Returns how many keys were pressed and the covered stops.
 */
export async function sweepFocus(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  maxStops: number,
): Promise<{ stops: number; checked: number; covered: FocusStop[] }> {
  await page.evaluate(installFocusRecorder);
  let stops = 0;
  for (; stops < maxStops; stops += 1) {
    await page.keyboard.press(key);
    // Let the recorder's check of this stop run before the next press: pressed back to back, focus moved on before
    // the check and the stop went unchecked (a sweep of 179 presses checked 36 to 68 stops, fewer on a busy machine).
    await page.evaluate(() => new Promise((done) => setTimeout(done)));
    // Every 20 presses, stop once focus has come back round to where it started.
    if (
      stops % 20 === 19 &&
      (await page.evaluate(() => (window as unknown as { __focusWrapped?: boolean }).__focusWrapped === true))
    )
      break;
  }
  await page.waitForTimeout(50);
  const recorded = await page.evaluate(
    () => (window as unknown as { __focusStops: FocusStop[] }).__focusStops,
  );
  return { stops, checked: recorded.length, covered: recorded.filter((stop) => stop.covered) };
}

/** A bar stuck to the top of the window, and where the document's scroll padding ends. */
export interface StuckBar {
  element: string;
  /** Bottom edge of the bar, px from the top of the window. */
  bottom: number;
  /** The document's computed scroll-padding-top, px. */
  padding: number;
}

/**
 * Run in the page: every visible position: sticky or fixed element whose own scroll container is the window, that
 * has a top offset and sits at it now (stuck), in the upper third of the window, and that lies across the column of
 * something focusable that can pass under it (so focus could scroll there; a sticky side column beside the text
 * cannot cover it). Bars inside a scrolling box (the crosswalk's table on a phone) have that box's scroll padding instead
 * and are left out.
 */
export function stuckBars(): StuckBar[] {
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const scrollsInBox = (element: Element) => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (!/^(visible|clip)$/.test(style.overflowY) || !/^(visible|clip)$/.test(style.overflowX)) return true;
    }
    return false;
  };
  // A sticky bar moves only inside its containing block (a table cell: inside its table), so only what is in that
  // block can pass under it; a fixed one is over the whole page.
  const acrossFocusable = (bar: Element, box: DOMRect, fixed: boolean) => {
    const block = fixed ? document.body : (bar.parentElement?.closest('table') ?? bar.parentElement);
    if (!block) return false;
    return [...block.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].some(
      (other) => {
        if (bar.contains(other) || other.getAttribute('tabindex') === '-1') return false;
        const span = other.getBoundingClientRect();
        return span.width > 0 && Math.min(box.right, span.right) - Math.max(box.left, span.left) > 1;
      },
    );
  };
  const bars: StuckBar[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (style.position !== 'sticky' && style.position !== 'fixed') continue;
    if (style.top === 'auto' || style.display === 'none' || style.visibility === 'hidden') continue;
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || box.top > innerHeight / 3) continue;
    if (Math.abs(box.top - parseFloat(style.top)) > 1 || scrollsInBox(element)) continue;
    if (!acrossFocusable(element, box, style.position === 'fixed')) continue;
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ');
    bars.push({
      element: `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${text.slice(0, 30)}"`,
      bottom: Math.round(box.bottom * 10) / 10,
      padding,
    });
  }
  return bars;
}
