// /data/codes/<id>.json: one code, so that the browser's compare view loads two small files, not the whole
// codes.json (megabytes at hundreds of codes).
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCodeFile } from '../../../lib/exports/codes-json';
import { codeRoutes, type RouteProps } from '../../../lib/routing/routes';
import { getSiteData } from '../../../lib/site-data';

export const getStaticPaths = (async () => codeRoutes(await getSiteData())) satisfies GetStaticPaths;

export const GET: APIRoute<RouteProps<typeof codeRoutes>> = ({ props }) =>
  new Response(JSON.stringify(buildCodeFile(props.code, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
