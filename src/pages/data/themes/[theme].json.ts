// /data/themes/<id>.json: one theme's clauses from every code, so that the draft builder (/build/) loads the
// themes a reader opens, not every clause of every code up front.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildThemeFile } from '../../../lib/exports/theme-file';
import { themeDataRoutes, type RouteProps } from '../../../lib/routing/routes';
import { getSiteData } from '../../../lib/site-data';

export const getStaticPaths = (async () => themeDataRoutes(await getSiteData())) satisfies GetStaticPaths;

export const GET: APIRoute<RouteProps<typeof themeDataRoutes>> = ({ props }) =>
  new Response(JSON.stringify(buildThemeFile(props.theme, props.codes, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
