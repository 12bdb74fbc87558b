// <site-header> (SiteHeader.astro): the Menu and Search folds below the wide layout, and the selection's count.
import { attachHeaderFolds } from '../header-folds';
import { followSelectionCount } from '../selection-count';

class SiteHeader extends HTMLElement {
  connectedCallback() {
    attachHeaderFolds(this);
    followSelectionCount(this);
  }
}
customElements.define('site-header', SiteHeader);
