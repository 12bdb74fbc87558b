// <compare-picker> (ComparePicker.astro): goes to the chosen pair's page, or says the two codes must differ.
// It also defines <compare-filter> (CompareFilter.astro): every page that filters a comparison has the picker,
// so one module serves both and the page loads one script for them.
import { attachCompareFilter } from './compare-filter';

class ComparePicker extends HTMLElement {
  connectedCallback() {
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      const [a, b] = [String(data.get('a')), String(data.get('b'))];
      if (a === b) {
        const status = this.querySelector('.status');
        if (status) status.textContent = 'Choose two different codes.';
        return;
      }
      window.location.href = (this.dataset.template ?? '')
        .replace('{a}', encodeURIComponent(a))
        .replace('{b}', encodeURIComponent(b));
    });
  }
}
customElements.define('compare-picker', ComparePicker);

class CompareFilter extends HTMLElement {
  connectedCallback() {
    attachCompareFilter(this);
  }
}
customElements.define('compare-filter', CompareFilter);
