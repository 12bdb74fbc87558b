// <code-context-bar> (CodeContextBar.astro) keeps the code page's sticky bar naming the section being read: the last section heading that has reached
// the bar. Reads layout once per animation frame at most.
function followSections(bar: HTMLElement): void {
  const label = bar.querySelector<HTMLElement>('[data-section]');
  const headings = [...document.querySelectorAll<HTMLElement>('.code-text > h2')];
  if (!label || headings.length === 0) return;
  let queued = false;
  const update = () => {
    queued = false;
    const line = bar.getBoundingClientRect().bottom + 4;
    // The clause a link arrived at, while in view, names its own section: near the end of a page it cannot
    // scroll up to the bar, and its heading has not reached it.
    const target = arrivedAt();
    const targetTop = target?.getBoundingClientRect().top;
    const reading = targetTop !== undefined && targetTop >= line - 8 && targetTop < innerHeight;
    let current = '';
    for (const heading of headings) {
      const before = reading
        ? heading.compareDocumentPosition(target!) & Node.DOCUMENT_POSITION_FOLLOWING
        : heading.getBoundingClientRect().top <= line;
      if (before) current = heading.textContent?.trim() ?? '';
      else break;
    }
    if (label.textContent !== current) label.textContent = current;
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  addEventListener('hashchange', schedule);
  update();
}

/** The element the address's #fragment names, if any. */
function arrivedAt(): HTMLElement | null {
  try {
    const id = decodeURIComponent(location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  } catch {
    // A malformed fragment ("#%E0") names nothing; the missing-fragment note tells the reader.
    return null;
  }
}

class CodeContextBar extends HTMLElement {
  connectedCallback() {
    followSections(this);
  }
}
customElements.define('code-context-bar', CodeContextBar);
