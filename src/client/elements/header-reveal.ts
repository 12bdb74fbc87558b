// <header-reveal> (SiteHeader.astro): below the wide layout the header sticks to the top of the window, slides
// away while the reader scrolls down and comes back on the first scroll up, so it is always one flick away on a
// phone. Its height while it shows is --header-offset on <html>: the one offset the scroll padding and every
// sticky part below it use (global.css), so focus and sticky bars land below it, never under it (WCAG 2.4.11).
// It never hides while focus is inside it or a fold is open. A scroll that follows a focus move (Tab, Shift+Tab)
// does not bring it back: it would come down over the element that just took focus. Only the reader's own
// scrolling (wheel, touch, pointer, a key other than Tab) lets a scroll up show it again.
const NARROW = '(max-width: 71.99rem)';
/** Pixels of scroll in one direction before the header reacts, so a jittery finger does not flicker it. */
const SLACK = 6;

class HeaderReveal extends HTMLElement {
  connectedCallback() {
    const narrow = matchMedia(NARROW);
    const root = document.documentElement;
    let hidden = false;
    let lastY = scrollY;
    /** Focus moved in the page since the reader last scrolled: the scrolls since are the browser's. */
    let focusMoved = false;
    let frame = 0;

    const held = () =>
      this.contains(document.activeElement) || this.querySelector('[aria-expanded="true"]') !== null;
    const apply = () => {
      const on = narrow.matches;
      if (!on || held()) hidden = false;
      this.toggleAttribute('data-hidden', hidden);
      const offset = on && !hidden ? this.offsetHeight : 0;
      // Written only when it differs from what <html> has (SiteHeader.astro's designed height, or the last write):
      // a custom property set on <html> restyles every element of the page, the longest task of a first load.
      const current = parseFloat(getComputedStyle(root).getPropertyValue('--header-offset'));
      if (!(Math.abs(current - offset) < 0.5)) root.style.setProperty('--header-offset', `${offset}px`);
    };
    const onScroll = () => {
      frame = 0;
      const y = Math.max(scrollY, 0);
      const delta = y - lastY;
      if (Math.abs(delta) < SLACK && y > 0) return;
      lastY = y;
      if (delta > 0 && y > this.offsetHeight) hidden = true;
      else if (delta < 0 && !focusMoved) hidden = false;
      if (y === 0) hidden = false;
      apply();
    };

    addEventListener('scroll', () => (frame ||= requestAnimationFrame(onScroll)), { passive: true });
    document.addEventListener('focusin', (event) => {
      if (this.contains(event.target as Node)) apply();
      else focusMoved = true;
    });
    const readerScrolls = () => (focusMoved = false);
    for (const type of ['wheel', 'touchstart', 'pointerdown'])
      addEventListener(type, readerScrolls, { passive: true });
    addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' && event.key !== 'Shift') readerScrolls();
    });
    // A fold opened or closed (its button's aria-expanded): held or released.
    new MutationObserver(apply).observe(this, {
      attributes: true,
      subtree: true,
      attributeFilter: ['aria-expanded'],
    });
    new ResizeObserver(apply).observe(this);
    narrow.addEventListener('change', apply);
    apply();
  }
}
customElements.define('header-reveal', HeaderReveal);
