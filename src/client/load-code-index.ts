// Loads /data/code-index.json (lib/exports/code-index.ts) on first use, once per page: the /codes/ filter and the
// search page's code picker read it. A failed load may be retried.
import type { CodeIndexEntry, CodeIndexFile } from '../lib/exports/code-index';

let loading: Promise<CodeIndexEntry[]> | undefined;

export function loadCodeIndex(url: string): Promise<CodeIndexEntry[]> {
  loading ??= (async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`code index: HTTP ${response.status}`);
    return ((await response.json()) as CodeIndexFile).codes;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
