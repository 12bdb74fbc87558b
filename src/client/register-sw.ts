// Registers the service worker (written by src/integrations/offline.ts) so the reading pages and search work
// offline after one visit. An external module: the CSP allows no inline script.
import { paths, withBase } from '../lib/paths';

const base = withBase('');

function register() {
  navigator.serviceWorker.register(withBase(paths.serviceWorker()), { scope: base }).catch(() => {
    // No worker (private mode, a host without sw.js): the site works online as before.
  });
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
