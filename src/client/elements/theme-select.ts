// <theme-select> (ThemeSelect.astro): light, dark or follow the system; public/theme-init.js applies the saved
// choice before first paint.
import { storage } from '../storage';

const KEY = 'pec-color-scheme';

class ThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset.theme ?? 'auto';
    select.addEventListener('change', () => {
      const value = select.value;
      if (value === 'light' || value === 'dark') document.documentElement.dataset.theme = value;
      else delete document.documentElement.dataset.theme;
      storage.set(KEY, value === 'auto' ? null : value);
    });
  }
}
customElements.define('theme-select', ThemeSelect);
