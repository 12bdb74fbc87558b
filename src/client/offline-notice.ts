// The 404 page is also what the service worker shows, offline, for a page it did not save (a clause page, an
// embed, a data file). Then "Page not found… may have been mistyped" would be false: say the reader is offline
// and link the saved page that holds the same text (lib/offline/alternative.ts). Loaded only when offline
// (client/network.ts tells), from the service worker's cache like every script.
import { offlineAlternative } from '../lib/offline/alternative';

/** Whether this browser's offline cache holds the page. */
async function isSaved(href: string): Promise<boolean> {
  try {
    return 'caches' in window && (await caches.match(href, { ignoreSearch: true })) !== undefined;
  } catch {
    return false;
  }
}

export async function showOfflineNotice(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const heading = document.querySelector<HTMLElement>('[data-page-heading]');
  if (heading) heading.textContent = 'You are offline';
  document.title = document.title.replace(/^Page not found/, 'You are offline');
  for (const online of document.querySelectorAll<HTMLElement>('[data-when-online]')) online.hidden = true;
  root.hidden = false;
  const alternative = offlineAlternative(location.pathname, base);
  const block = root.querySelector<HTMLElement>('[data-alternative]');
  const link = block?.querySelector('a');
  if (!alternative || !block || !link) return;
  link.href = `${base}${alternative.path}`;
  link.textContent = alternative.says;
  const saved = await isSaved(`${base}${alternative.path.replace(/#.*$/, '')}`);
  const where = block.querySelector('[data-saved]');
  if (where)
    where.textContent = saved
      ? 'It is saved in this browser, so it opens offline.'
      : 'It may not be saved in this browser either.';
  block.hidden = false;
}
