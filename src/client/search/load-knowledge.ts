// Loads /data/search-topics.json (lib/search/knowledge.ts) on first use, once per page, and prepares it.
import { paths, withBase } from '../../lib/paths';
import type { SearchKnowledge } from '../../lib/search/knowledge';
import { prepare, type Understanding } from '../../lib/search/understand';
import { themeReader, type ThemeModel } from '../../lib/theme-reading/model';

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

let loadingModel: Promise<void> | undefined;

/**
 * Loads the theme model that reads a whole query (/data/search-theme-model.json), once per page: needed only for a
 * query long enough to be read whole (lib/search/read-themes.ts), so fetched then, not with the rest.
 */
export function loadThemeModel(understanding: Understanding): Promise<void> {
  loadingModel ??= (async () => {
    const response = await fetch(withBase(paths.searchThemeModelJson()));
    if (!response.ok) throw new Error(`search theme model: HTTP ${response.status}`);
    understanding.themeReader = themeReader((await response.json()) as ThemeModel);
  })();
  loadingModel.catch(() => {
    loadingModel = undefined;
  });
  return loadingModel;
}
