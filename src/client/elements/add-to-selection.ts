// <add-to-selection> (AddToSelection.astro): adds one clause to, or removes it from, the reader's selection.
import { formatClauseRef, parseClauseRef } from '../../lib/clause-ref';
import { toggleRef } from '../../lib/selection/refs';
import { loadSelection, onSelectionChange, saveSelection } from '../selection-store';

class AddToSelection extends HTMLElement {
  connectedCallback() {
    const ref = parseClauseRef(this.dataset.ref ?? '');
    const button = this.querySelector('button');
    if (!ref || !button) return;
    const key = formatClauseRef(ref);
    const render = () => {
      const chosen = loadSelection().some((candidate) => formatClauseRef(candidate) === key);
      // The label says what a press does; the tick shows the state at a glance.
      button.classList.toggle('chosen', chosen);
      const label = button.querySelector('.add-label');
      if (label) label.textContent = chosen ? 'Remove from selection' : 'Add to selection';
    };
    button.addEventListener('click', () => {
      const next = toggleRef(loadSelection(), ref);
      saveSelection(next);
      const added = next.some((candidate) => formatClauseRef(candidate) === key);
      this.say(
        added ? `Added: ${next.length} in your selection` : `Removed: ${next.length} in your selection`,
      );
    });
    onSelectionChange(render);
    render();
  }

  say(message: string) {
    const status = this.querySelector('.add-status');
    if (!status) return;
    // One link, not a tree: a <template> in every clause's button would cost more page bytes than it saves.
    const link = document.createElement('a');
    link.href = this.dataset.selectionUrl ?? '';
    link.textContent = 'view';
    status.replaceChildren(message, ' (', link, ')');
  }
}
customElements.define('add-to-selection', AddToSelection);
