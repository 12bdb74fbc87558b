// The site's base path (`/`, `/ethics/`): joined to a path, and taken off one. Apart from paths.ts, which
// re-exports both, so that the service worker's registration, which every page's entry runs, imports these few
// lines and not every path of the site (485 B gzip on every page); the worker's file name lives here for the same
// reason, and paths.serviceWorker() returns it.

/** The offline service worker's file, at the base path (src/integrations/offline.ts writes it). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Joins the site's base path and a path relative to the site root. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** A path with the site's base path taken off (the inverse of withBase); unchanged when it lacks the base. */
export function withoutBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(root) ? path.slice(root.length) : path;
}
