// The English words near the site's vocabulary that search never "corrects" (lib/search/real-words.ts), from
// the `word-list` package. Fetched by the search UI only when a query has a word it would correct.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import wordListPath from 'word-list';
import { buildRealWords, buildSearchKnowledge } from '../../lib/search/knowledge';
import { getLexicon, getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const lexicon = getLexicon();
  const knowledge = buildSearchKnowledge(await getSiteData(), lexicon, import.meta.env.BASE_URL);
  const words = buildRealWords(knowledge, readFileSync(wordListPath, 'utf8').split('\n'));
  return new Response(JSON.stringify(words), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
