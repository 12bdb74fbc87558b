// <crosswalk-filters> (CrosswalkFilters.astro): shows the crosswalk's columns and rows for the chosen audiences,
// group and codes, and keeps the choice in the address; its buttons copy that address and download the view shown
// as crosswalk.csv rows (client/crosswalk-view.ts, loaded on use).
import { restoreFilters, saveFilters } from '../crosswalk-filter-url';

class CrosswalkFilters extends HTMLElement {
  connectedCallback() {
    this.addEventListener('change', () => {
      this.apply();
      saveFilters(this);
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void import('../crosswalk-view').then((view) => view.act(this, button));
    });
    if (restoreFilters(this)) this.apply();
  }

  apply() {
    const table = document.getElementById(this.dataset.table ?? '');
    if (!table) return;
    const audiences = [...this.querySelectorAll<HTMLInputElement>('input[name="audience"]:checked')].map(
      (input) => input.value,
    );
    const group = this.querySelector('select')?.value ?? '';
    const codes = [...this.querySelectorAll<HTMLInputElement>('input[name="code"]:checked')].map(
      (input) => input.value,
    );
    let columns = 0;
    for (const cell of table.querySelectorAll<HTMLElement>('[data-audience]')) {
      const show =
        (cell.dataset.audience ?? '').split(' ').some((audience) => audiences.includes(audience)) &&
        codes.includes(cell.dataset.code ?? '');
      cell.hidden = !show;
      if (show && cell.tagName === 'TH') columns++;
    }
    let rows = 0;
    for (const body of table.querySelectorAll<HTMLElement>('tbody[data-group]')) {
      body.hidden = group !== '' && body.dataset.group !== group;
      if (!body.hidden) rows += body.querySelectorAll('tr[data-theme]').length;
    }
    const status = this.querySelector('.status');
    if (status) status.textContent = `Showing ${columns} codes and ${rows} themes.`;
  }
}
customElements.define('crosswalk-filters', CrosswalkFilters);
