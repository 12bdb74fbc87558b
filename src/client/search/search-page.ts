// The /search/ page's custom element: puts a linked search (/search/?q=gifts&theme=…) back into the form, and
// loads search (attach-search-page.ts) at once when the URL holds one, else when the reader starts to use the
// form. Also shows the setting for the "/" shortcut. Loaded by src/pages/search.astro.
import { hasSearch, parseSearchState } from '../../lib/search/query';
import { setSlashShortcut, slashShortcutOn } from './shortcut-setting';
import { prepareCodePicker } from './code-picker-start';

const setting = document.querySelector<HTMLElement>('[data-shortcut-setting]');
const toggle = setting?.querySelector<HTMLInputElement>('[data-shortcut-toggle]');
if (setting && toggle) {
  toggle.checked = slashShortcutOn();
  toggle.addEventListener('change', () => setSlashShortcut(toggle.checked));
  setting.hidden = false;
}

class SearchPage extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const filters = this.querySelector<HTMLDetailsElement>('[data-search-filters]');
    if (!form || !filters) return;
    // Put a linked search (/search/?q=gifts&theme=…) back into the form.
    const state = parseSearchState(new URLSearchParams(location.search));
    const query = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (query) query.value = state.q;
    // "Search instead for …" (typed=1) holds until the reader changes the words.
    const typed = this.querySelector<HTMLInputElement>('[data-search-typed]');
    if (typed) {
      typed.value = state.typed ? '1' : '';
      query?.addEventListener('input', () => (typed.value = ''));
    }
    // Above CODE_LIST_MAX_CODES codes: the URL's codes become checkboxes before the lines below check them.
    const picker = this.querySelector<HTMLElement>('[data-code-picker]');
    if (picker) prepareCodePicker(picker, state.filters.code);
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = (state.filters[input.name as 'code' | 'audience'] ?? []).includes(input.value);
    }
    const theme = this.querySelector<HTMLSelectElement>('select[name="theme"]');
    if (theme) theme.value = state.filters.theme[0] ?? '';
    // Filters start open beside the results on a wide screen, and on a phone when one is in use.
    filters.open =
      matchMedia('(min-width: 56rem)').matches ||
      state.filters.code.length + state.filters.theme.length + state.filters.audience.length > 0;

    const start = () =>
      void import('./attach-search-page').then(({ attachSearchPage }) => attachSearchPage(this));
    if (hasSearch(state)) start();
    else {
      // Nothing to search for yet: load search when the reader starts to use the form or a filter.
      form.addEventListener('submit', (event) => event.preventDefault());
      const events = ['input', 'change', 'submit'] as const;
      const once = () => {
        for (const type of events) this.removeEventListener(type, once);
        start();
      };
      for (const type of events) this.addEventListener(type, once);
    }
  }
}
customElements.define('search-page', SearchPage);
