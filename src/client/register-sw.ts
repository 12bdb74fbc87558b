// Registers the service worker (written by src/integrations/offline.ts) so the reading pages and search work
// offline after one visit. An external module: the CSP allows no inline script. Every page runs it, so it imports
// base-path.ts, not paths.ts (which would bring every path of the site into every page's entry).
import { SERVICE_WORKER_FILE, withBase } from '../lib/base-path';

const base = withBase('');

function register() {
  navigator.serviceWorker.register(withBase(SERVICE_WORKER_FILE), { scope: base }).catch(() => {
    // No worker (private mode, a host without sw.js): the site works online as before.
  });
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
