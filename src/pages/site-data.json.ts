// The SiteData the pages were built from, for the search integration: it builds the pagefind records from this
// file in astro:build:done and then removes it (src/integrations/pagefind.ts), so the index and the pages come
// from one content reader and the file never ships.
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/site-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSiteData()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
