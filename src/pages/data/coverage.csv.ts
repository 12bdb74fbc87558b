import type { APIRoute } from 'astro';
import { buildCoverageCsv } from '../../lib/exports/coverage-csv';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () =>
  new Response(buildCoverageCsv(await getSiteData()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
