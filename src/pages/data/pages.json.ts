import type { APIRoute } from 'astro';
import { buildPagesIndex } from '../../lib/not-found/pages-index';
import { getSiteData } from '../../lib/site-data';

// The named pages the 404 page suggests from (lib/not-found/suggest.ts): themes, codes, scenarios.
export const GET: APIRoute = async () => {
  const { themes, codes, scenarios } = await getSiteData();
  const index = buildPagesIndex({
    themes: themes.map((theme) => ({ id: theme.id, label: theme.data.label, synonyms: theme.data.synonyms })),
    codes: codes.map((code) => ({ id: code.id, title: code.data.title, shortTitle: code.data.shortTitle })),
    scenarios: scenarios.map((scenario) => ({ id: scenario.id, title: scenario.data.title })),
  });
  return new Response(JSON.stringify(index), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
