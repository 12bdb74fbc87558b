// Whether the network can be reached, for pages the service worker may have served from its cache.

/** True when the browser says it is offline, or asking the server for this address fails. */
export async function isOffline(): Promise<boolean> {
  if (!navigator.onLine) return true;
  try {
    // HEAD goes past the service worker (it answers GET only) to the network.
    await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    return false;
  } catch {
    return true;
  }
}
