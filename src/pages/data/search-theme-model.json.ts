// The theme model that reads a whole query (lib/search/theme-model.ts, read-themes.ts). Fetched by the search UI
// only for a query long enough to be read whole, so keyword searches never load it.
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { contentRoot } from '../../config/content-root.mjs';
import { loadLexicon } from '../../lib/search/lexicon-file';
import { searchThemeModel } from '../../lib/search/theme-model';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const lexicon = loadLexicon(resolve(process.cwd(), contentRoot(process.env)));
  return new Response(JSON.stringify(searchThemeModel(await getSiteData(), lexicon)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
