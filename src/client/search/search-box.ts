// <site-search> (SiteSearch.astro): the header's search box. The first keystroke loads the live results
// drop-down and pagefind; "/" focuses the box.
import { focusSearchOnSlash } from './shortcut';

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    // On /search/ the page's own search runs the results; this box stays a plain form there.
    if (!input || document.querySelector('search-page')) return;
    input.addEventListener(
      'input',
      () => void import('./header-panel').then(({ attachPanel }) => attachPanel(this)),
      {
        once: true,
      },
    );
  }
}
customElements.define('site-search', SiteSearch);
focusSearchOnSlash();
