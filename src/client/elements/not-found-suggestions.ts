// <not-found-suggestions> (404.astro), the 404 page's suggestions: the pages whose names are closest to the words of the missing address
// (lib/not-found/suggest.ts, over /data/pages.json), and a search for those words.
import type { PageEntry } from '../../lib/not-found/pages-index';
import { pathWords, suggestPages } from '../../lib/not-found/suggest';

const KIND_LABEL: Record<PageEntry['kind'], string> = { theme: 'Theme', code: 'Code', scenario: 'Scenario' };

async function showSuggestions(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const list = root.querySelector<HTMLUListElement>('[data-suggestions]');
  const search = root.querySelector<HTMLAnchorElement>('[data-search]');
  const typed = pathWords(location.pathname, base);
  if (search && typed.length) {
    search.href = `${root.dataset.searchUrl ?? ''}?q=${encodeURIComponent(typed.join(' '))}`;
    search.textContent = `Search for “${typed.join(' ')}”`;
    search.closest('[hidden]')?.removeAttribute('hidden');
  }
  if (!list || typed.length === 0) return;
  let index: PageEntry[];
  try {
    const response = await fetch(root.dataset.index ?? '');
    if (!response.ok) throw new Error(String(response.status));
    index = (await response.json()) as PageEntry[];
  } catch {
    return; // the fixed links below still help
  }
  const found = suggestPages(location.pathname, index, { base });
  if (found.length === 0) return;
  list.replaceChildren(
    ...found.map(({ entry }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${base}${entry.path}`;
      link.textContent = entry.title;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ` (${KIND_LABEL[entry.kind]})`;
      item.append(link, kind);
      return item;
    }),
  );
  list.closest('[hidden]')?.removeAttribute('hidden');
}

class NotFoundSuggestions extends HTMLElement {
  connectedCallback() {
    void showSuggestions(this);
  }
}
customElements.define('not-found-suggestions', NotFoundSuggestions);
