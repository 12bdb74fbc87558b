// <site-search> (SiteSearch.astro): the header's search box. The first keystroke loads the live results
// drop-down and pagefind; "/" focuses the box. Back to a page from one of the drop-down's results puts the
// query back and shows its results again (the query is kept in the page's history entry).
import { focusSearchOnSlash } from './shortcut';
import { savedHeaderQuery } from './header-history';

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    // On /search/ the page's own search runs the results; this box stays a plain form there.
    if (!input || document.querySelector('search-page')) return;
    const attach = () => void import('./header-panel').then(({ attachPanel }) => attachPanel(this));
    const saved = savedHeaderQuery();
    if (saved) {
      input.value = saved;
      attach();
      return;
    }
    input.addEventListener('input', attach, { once: true });
  }
}
customElements.define('site-search', SiteSearch);
focusSearchOnSlash();
