// Loads pagefind's browser bundle on first use, once per page. It is fetched from the built site (not bundled
// by Vite), so no search JavaScript or WebAssembly reaches a page before the reader searches.
import { paths, withBase } from '../../lib/paths';
import type { PagefindApi } from '../../lib/search/pagefind-api';

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = withBase(paths.pagefindScript());
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Record URLs already carry the base path (lib/search/records.ts); pagefind must not add it again.
    await api.options({ baseUrl: '/' });
    return api;
  })();
  // A failed load (offline, or a dev server without an index) may be retried by the next keystroke.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
