import type { APIRoute } from 'astro';
import { buildCrosswalkCsv } from '../../lib/exports/crosswalk-csv';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () =>
  new Response(buildCrosswalkCsv(await getSiteData(), import.meta.env.BASE_URL, import.meta.env.SITE), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
