// The `builder` entry (client-chunks.mjs): the draft-your-own-code builder on /build/. The page is drawn for an
// empty draft (CodeBuilder.astro), so <code-builder> (elements/code-builder.ts) is defined only when there is a
// draft to restore (one saved in this browser, a #draft= link) or on the reader's first sign of using it
// (client/on-intent.ts): a visit that only reads costs no builder code. A button pressed before the element is
// defined is pressed again once it is; if its code cannot load, the status line says so.
import { DRAFT_KEY } from '../builder-draft-key';
import { loadOnIntent } from '../on-intent';
import { storage } from '../storage';

const host = document.querySelector<HTMLElement>('code-builder');
if (host) {
  const define = loadOnIntent(host, 'code-builder', () => import('../elements/code-builder'));
  const failed = () => {
    const status = host.querySelector('[data-role="status"]');
    if (status) status.textContent = 'The builder could not load. Check the connection and try again.';
  };
  if (storage.get(DRAFT_KEY) !== null || location.hash.startsWith('#draft=')) define().catch(failed);
  host.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (button && !customElements.get('code-builder')) define().then(() => button.click(), failed);
  });
}
