// The header search box's drop-down: live results as the reader types, and a link to the full /search/ page
// with filters. Loaded by <site-search> on the first keystroke, never before.
import { emptyFilters, searchParams } from '../../lib/search/query';
import { loadPagefind } from './load-pagefind';
import { ResultsRenderer } from './results';
import { SEARCH_PANEL_LIMIT as PANEL_LIMIT } from '../../lib/constants';

export async function attachPanel(host: HTMLElement): Promise<void> {
  const input = host.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = host.querySelector<HTMLElement>('[data-search-panel]');
  const status = host.querySelector<HTMLElement>('[data-search-status]');
  const results = host.querySelector<HTMLElement>('[data-search-results]');
  const all = host.querySelector<HTMLAnchorElement>('[data-search-all]');
  if (!input || !panel || !status || !results || !all) return;

  const open = (shown: boolean) => {
    panel.hidden = !shown;
  };

  // One renderer for the panel, made once: its generation counter is what keeps a slow search for "mon"
  // from replacing the results for "money" typed meanwhile.
  let renderer: Promise<ResultsRenderer> | undefined;
  const getRenderer = () => {
    if (!renderer) {
      renderer = loadPagefind().then((pagefind) => new ResultsRenderer(pagefind, { status, results }));
      renderer.catch(() => {
        renderer = undefined;
      });
    }
    return renderer;
  };

  const update = async () => {
    const q = input.value.trim();
    all.href = `${import.meta.env.BASE_URL}search/?${searchParams({ q, filters: emptyFilters() })}`;
    open(q !== '');
    try {
      await (await getRenderer()).run({ q, filters: emptyFilters() }, PANEL_LIMIT);
    } catch {
      status.textContent = 'Search could not load. Press Enter to open the search page.';
    }
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (input.value.trim()) open(true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      open(false);
    } else if (event.key === 'ArrowDown' && !panel.hidden) {
      // Down from the box moves into the results; Tab does too, in document order.
      const first = results.querySelector<HTMLAnchorElement>('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
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
