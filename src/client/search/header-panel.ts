// The header search box's drop-down: live results as the reader types, and a link to the full /search/ page
// with filters. Loaded by <site-search> on the first keystroke, never before. The box and the results form a
// combobox (client/search/combobox.ts); the count is announced once typing pauses (announce.ts).
import { paths, withBase } from '../../lib/paths';
import { emptyFilters, searchParams } from '../../lib/search/query';
import { createAnnouncer } from './announce';
import { saveHeaderQuery } from './header-history';
import { attachCombobox } from './combobox';
import { loadKnowledge } from './load-knowledge';
import { loadPagefind } from './load-pagefind';
import { ResultsRenderer } from './results';
import { SEARCH_PANEL_LIMIT as PANEL_LIMIT } from '../../lib/constants';

export async function attachPanel(host: HTMLElement): Promise<void> {
  const input = host.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = host.querySelector<HTMLElement>('[data-search-panel]');
  const status = host.querySelector<HTMLElement>('[data-search-status]');
  const results = host.querySelector<HTMLElement>('[data-search-results]');
  const all = host.querySelector<HTMLAnchorElement>('[data-search-all]');
  const region = host.querySelector<HTMLElement>('[data-search-announce]');
  if (!input || !panel || !status || !results || !all || !region) return;
  const announce = createAnnouncer(region, input);

  const open = (shown: boolean) => {
    panel.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
    if (!shown) combobox.reset();
  };
  const combobox = attachCombobox(input, results, () => !panel.hidden, open);
  input.setAttribute('aria-expanded', String(!panel.hidden));

  // One renderer for the panel, made once: its generation counter is what keeps a slow search for "mon"
  // from replacing the results for "money" typed meanwhile.
  let renderer: Promise<ResultsRenderer> | undefined;
  const getRenderer = () => {
    if (!renderer) {
      renderer = Promise.all([loadPagefind(), loadKnowledge()]).then(
        ([pagefind, understanding]) =>
          new ResultsRenderer(pagefind, understanding, {
            status,
            results,
            announce,
            mode: 'listbox',
            idPrefix: 'site-search',
          }),
      );
      renderer.catch(() => {
        renderer = undefined;
      });
    }
    return renderer;
  };

  const update = async () => {
    const q = input.value.trim();
    saveHeaderQuery(q);
    all.href = withBase(paths.search(searchParams({ q, filters: emptyFilters() })));
    open(q !== '');
    try {
      await (await getRenderer()).run({ q, filters: emptyFilters() }, PANEL_LIMIT);
      combobox.reset();
    } catch {
      status.textContent = region.textContent = 'Search could not load. Press Enter to open the search page.';
    }
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (input.value.trim()) open(true);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Focus first: the box's focus handler reopens the panel, which must end closed.
      input.focus();
      open(false);
    }
  });
  // Close when focus or a click leaves the search box and its results.
  host.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !host.contains(next)) open(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (event.target instanceof Node && !host.contains(event.target)) open(false);
  });

  await update();
}
