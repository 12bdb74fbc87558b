// Loads /data/search-topics.json (lib/search/knowledge.ts) on first use, once per page, and prepares it.
import { paths, withBase } from '../../lib/paths';
import type { SearchKnowledge } from '../../lib/search/knowledge';
import { prepare, type Understanding } from '../../lib/search/understand';

let loading: Promise<Understanding> | undefined;

export function loadKnowledge(): Promise<Understanding> {
  loading ??= (async () => {
    const response = await fetch(withBase(paths.searchTopicsJson()));
    if (!response.ok) throw new Error(`search topics: HTTP ${response.status}`);
    return prepare((await response.json()) as SearchKnowledge);
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

let loadingWords: Promise<void> | undefined;

/**
 * Fills the speller's English words (/data/search-real-words.json), once per page: needed only when a query
 * has a word that would be corrected, so fetched then, not with the rest.
 */
export function loadRealWords(understanding: Understanding): Promise<void> {
  loadingWords ??= (async () => {
    const response = await fetch(withBase(paths.searchRealWordsJson()));
    if (!response.ok) throw new Error(`search real words: HTTP ${response.status}`);
    for (const word of (await response.json()) as string[]) understanding.speller.realWords.add(word);
    understanding.speller.realWordsLoaded = true;
  })();
  loadingWords.catch(() => {
    loadingWords = undefined;
  });
  return loadingWords;
}
