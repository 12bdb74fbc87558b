// <clause-actions> (ClauseActions.astro): "Copy link" and "Cite" for one clause.
import { absoluteUrl, copyText } from './clipboard';

class ClauseActions extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.run(button.dataset.action);
    });
  }

  async run(action: string | undefined) {
    if (action !== 'cite' && action !== 'copy-link') return;
    const url = absoluteUrl(this.dataset.href ?? '');
    const text = action === 'cite' ? `${this.dataset.citation ?? ''} ${url}` : url;
    const copied = await copyText(text);
    // Its own status: the Add button inside has another.
    const status = this.querySelector(':scope > .status');
    if (status) status.textContent = copied ? (action === 'cite' ? 'Citation copied' : 'Link copied') : `Copy this: ${text}`;
  }
}
customElements.define('clause-actions', ClauseActions);
