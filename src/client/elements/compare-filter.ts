// <compare-filter> (CompareFilter.astro), the comparison's view filter: ?show=differences (or a side) hides the
// other theme rows; the radio buttons and the summary's count links change it and keep it in the address, so a
// view can be linked. Rows drawn in the browser (/compare/) announce themselves with a `compare-rows` event.
import {
  compareShowQuery,
  parseCompareShow,
  rowShown,
  type CompareShow,
} from '../../lib/crosswalk/compare-filter';
import type { Side } from '../../lib/crosswalk/compare';

function attachCompareFilter(root: HTMLElement): void {
  let rows = [...document.querySelectorAll<HTMLElement>('.compare-row[data-side]')];
  const status = root.querySelector<HTMLElement>('[data-filter-status]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="show"]')];

  const apply = (show: CompareShow, push: boolean) => {
    let shown = 0;
    for (const row of rows) {
      const visible = rowShown(row.dataset.side as Side, show);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const radio of radios) radio.checked = radio.value === show;
    root.dataset.show = show;
    if (status) status.textContent = show === 'all' ? '' : `Showing ${shown} of ${rows.length} themes.`;
    if (push)
      history.replaceState(
        null,
        '',
        `${location.pathname}${compareShowQuery(show, location.search)}${location.hash}`,
      );
  };

  for (const radio of radios)
    radio.addEventListener('change', () => apply(parseCompareShow(radio.value), true));
  document.addEventListener('click', (event) => {
    // A jump to a theme the filter hides shows every theme first.
    const jump = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#theme-"]');
    if (jump && document.getElementById(jump.hash.slice(1))?.hidden) apply('all', true);
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-show]');
    if (!link) return;
    event.preventDefault();
    apply(parseCompareShow(link.dataset.show), true);
    root.scrollIntoView({ block: 'start' });
  });
  const fromAddress = () => apply(parseCompareShow(new URLSearchParams(location.search).get('show')), false);
  // Sent by <compare-view> (compare-view.ts) once it has drawn its rows.
  document.addEventListener('compare-rows', () => {
    rows = [...document.querySelectorAll<HTMLElement>('.compare-row[data-side]')];
    fromAddress();
  });
  fromAddress();
}

class CompareFilter extends HTMLElement {
  connectedCallback() {
    attachCompareFilter(this);
  }
}
customElements.define('compare-filter', CompareFilter);
