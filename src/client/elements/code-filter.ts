// <code-filter> (CodeFilter.astro): narrows the paged code list to the codes whose names match what the reader
// types, over every code (the index is loaded on first use). An empty box shows the page's own list again.
import { matchCodes, type CodeIndexEntry } from '../../lib/exports/code-index';
import { byRole, cloneTemplate } from '../dom';
import { loadCodeIndex } from '../load-code-index';

/** Matches listed at most; the status says how many more there are. */
const SHOWN = 50;
/** The count is announced once typing pauses, not on every keystroke. */
const ANNOUNCE_AFTER_MS = 400;

class CodeFilter extends HTMLElement {
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const input = byRole<HTMLInputElement>(this, 'input');
    input.addEventListener('input', () => void this.update(input.value));
    // A query restored by the browser (back button) applies at once.
    if (input.value) void this.update(input.value);
  }

  private async update(query: string) {
    const matches = byRole(this, 'matches');
    const pages = byRole(this, 'pages');
    const status = byRole(this, 'status');
    clearTimeout(this.timer);
    if (!query.trim()) {
      matches.hidden = true;
      matches.replaceChildren();
      pages.hidden = false;
      status.textContent = '';
      return;
    }
    let codes: CodeIndexEntry[];
    try {
      codes = await loadCodeIndex(this.dataset.index ?? '');
    } catch {
      status.textContent = 'The list of codes could not load; use the pages below.';
      return;
    }
    const input = byRole<HTMLInputElement>(this, 'input');
    if (input.value !== query) return; // the reader typed on while the index loaded
    const found = matchCodes(codes, query);
    matches.replaceChildren(...found.slice(0, SHOWN).map((code) => this.item(code)));
    matches.hidden = found.length === 0;
    pages.hidden = true;
    const more = found.length > SHOWN ? ` (the first ${SHOWN} shown: type more of the name)` : '';
    const text =
      found.length === 0
        ? `No code matches “${query.trim()}”. Try part of its title or issuer.`
        : `${found.length} ${found.length === 1 ? 'code matches' : 'codes match'} “${query.trim()}”${more}.`;
    this.timer = setTimeout(() => (status.textContent = text), ANNOUNCE_AFTER_MS);
  }

  private item(code: CodeIndexEntry): HTMLElement {
    const item = cloneTemplate(this, 'match');
    const link = byRole<HTMLAnchorElement>(item, 'link');
    link.href = code.url;
    link.textContent = code.title;
    byRole(item, 'issuer').textContent = code.issuer;
    return item;
  }
}

customElements.define('code-filter', CodeFilter);
