// Loads /data/search-topics.json (lib/search/knowledge.ts) on first use, once per page, and prepares it.
import type { SearchKnowledge } from '../../lib/search/knowledge';
import { prepare, type Understanding } from '../../lib/search/understand';

let loading: Promise<Understanding> | undefined;

export function loadKnowledge(): Promise<Understanding> {
  loading ??= (async () => {
    const response = await fetch(`${import.meta.env.BASE_URL}data/search-topics.json`);
    if (!response.ok) throw new Error(`search topics: HTTP ${response.status}`);
    return prepare((await response.json()) as SearchKnowledge);
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
