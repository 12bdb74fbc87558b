// <theme-select> (ThemeSelect.astro): follow the system, light or dark, as three toggle buttons;
// public/theme-init.js applies the saved choice before first paint.
import { storage } from '../storage';

const KEY = 'pec-color-scheme';

class ThemeSelect extends HTMLElement {
  connectedCallback() {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-scheme]')];
    const show = (value: string) => {
      for (const button of buttons)
        button.setAttribute('aria-pressed', String(button.dataset.scheme === value));
    };
    show(document.documentElement.dataset.theme ?? 'auto');
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const value = button.dataset.scheme ?? 'auto';
        if (value === 'light' || value === 'dark') document.documentElement.dataset.theme = value;
        else delete document.documentElement.dataset.theme;
        storage.set(KEY, value === 'auto' ? null : value);
        show(value);
      });
    }
  }
}
customElements.define('theme-select', ThemeSelect);
