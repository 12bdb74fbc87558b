// The theme model that reads a whole query (lib/search/theme-model.ts, read-themes.ts). Fetched by the search UI
// only for a query long enough to be read whole, so keyword searches never load it.
import type { APIRoute } from 'astro';
import { searchThemeModel } from '../../lib/search/theme-model';
import { getLexicon, getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const lexicon = getLexicon();
  return new Response(JSON.stringify(searchThemeModel(await getSiteData(), lexicon)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
