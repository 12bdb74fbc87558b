// The header's selection link: shown, with its count, once the reader's selection has a clause.
import { loadSelection, onSelectionChange } from './selection-store';

export function followSelectionCount(root: ParentNode): void {
  const link = root.querySelector<HTMLAnchorElement>('a.selection-link');
  const count = link?.querySelector('[data-count]');
  const unit = link?.querySelector('[data-unit]');
  if (!link || !count || !unit) return;
  const render = () => {
    const n = loadSelection().length;
    link.hidden = n === 0;
    count.textContent = String(n);
    unit.textContent = n === 1 ? 'clause' : 'clauses';
  };
  onSelectionChange(render);
  render();
}
