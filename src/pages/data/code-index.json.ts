// /data/code-index.json: every code's titles, issuer and page, for the /codes/ filter and the search page's code
// picker above CODE_LIST_MAX_CODES codes (lib/exports/code-index.ts).
import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/site-data';
import { codeIndexFile } from '../../lib/views/codes-index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(codeIndexFile((await getSiteData()).codes, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
