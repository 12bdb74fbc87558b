// Keeps the code page's sticky bar naming the section being read: the last section heading that has reached
// the bar. Reads layout once per animation frame at most.
export function followSections(bar: HTMLElement): void {
  const label = bar.querySelector<HTMLElement>('[data-section]');
  const headings = [...document.querySelectorAll<HTMLElement>('.code-text > h2')];
  if (!label || headings.length === 0) return;
  let queued = false;
  const update = () => {
    queued = false;
    const line = bar.getBoundingClientRect().bottom + 4;
    let current = '';
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) current = heading.textContent?.trim() ?? '';
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
