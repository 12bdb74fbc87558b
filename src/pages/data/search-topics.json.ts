// What search needs besides the index (lib/search/knowledge.ts): themes, lexicon, scenarios, vocabulary.
// Fetched by the search UI on first use only, never by a page load.
import type { APIRoute } from 'astro';
import { buildSearchKnowledge } from '../../lib/search/knowledge';
import { getLexicon, getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const lexicon = getLexicon();
  const knowledge = buildSearchKnowledge(await getSiteData(), lexicon, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(knowledge), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
