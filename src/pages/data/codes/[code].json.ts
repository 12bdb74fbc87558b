// /data/codes/<id>.json: one code, so that the browser's compare view loads two small files, not the whole
// codes.json (megabytes at hundreds of codes).
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCodeFile } from '../../../lib/exports/codes-json';
import type { Code } from '../../../lib/content/model';
import { getSiteData } from '../../../lib/site-data';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getSiteData()).codes.map((code) => ({ params: { code: code.id }, props: { code } }));

export const GET: APIRoute<{ code: Code }> = ({ props }) =>
  new Response(JSON.stringify(buildCodeFile(props.code, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
