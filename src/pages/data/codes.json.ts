import type { APIRoute } from 'astro';
import { buildCodesExport, buildDate } from '../../lib/exports/codes-json';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      buildCodesExport(await getSiteData(), import.meta.env.BASE_URL, buildDate(process.env)),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
