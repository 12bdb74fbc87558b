// <compare-picker> (ComparePicker.astro): goes to the chosen pair's page, or says the two codes must differ.

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
