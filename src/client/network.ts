// Whether the 404 page is standing in for a page the network could not give: the service worker answers a
// navigation it cannot fetch, and has not saved, with its saved 404 page (lib/offline/precache.ts).

/** True when this 404 page was served because the network is down, not because the page does not exist. */
export async function isOffline(): Promise<boolean> {
  if (/\/404\.html$/.test(location.pathname)) return false;
  // The navigation's HTTP status: 404 when the server answered (the page is missing), 200 when the worker served
  // its saved copy of the 404 page; 0 or absent where the browser does not say.
  const navigation = performance.getEntriesByType('navigation')[0] as { responseStatus?: number } | undefined;
  const status = navigation?.responseStatus ?? 0;
  if (status === 404) return false;
  if (!navigator.onLine) return true;
  if (!navigator.serviceWorker?.controller) return false;
  if (status === 200) return true;
  try {
    // HEAD goes past the service worker (it answers GET only) to the network.
    await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    return false;
  } catch {
    return true;
  }
}
