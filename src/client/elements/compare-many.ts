// <compare-many> (CompareMany.astro): the form that chooses several codes to compare. Ticking codes and submitting
// writes the choice to the address as ?codes=a,b,c, where <compare-view> draws the comparison; the boxes show the
// address's choice.
import { parseCodesChoice } from '../../lib/crosswalk/compare-many';

class CompareMany extends HTMLElement {
  connectedCallback() {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="code"]')];
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
      location.search = `?codes=${chosen.map(encodeURIComponent).join(',')}`;
    });
    // ?codes=a,b,c, or ?code=a&code=b as the form sends it without this script.
    const params = new URLSearchParams(location.search);
    const choice = parseCodesChoice(
      params.get('codes') ?? (params.getAll('code').join(',') || null),
      boxes.map((box) => box.value),
    );
    for (const box of boxes) box.checked = choice.ids.includes(box.value);
  }
}
customElements.define('compare-many', CompareMany);
