// /data/themes/<id>.json: one theme's clauses from every code, so that the draft builder (/build/) loads the
// themes a reader opens, not every clause of every code up front.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Code, Theme } from '../../../lib/content/model';
import { buildThemeFile } from '../../../lib/exports/theme-file';
import { getSiteData } from '../../../lib/site-data';

export const getStaticPaths: GetStaticPaths = async () => {
  const { codes, themes } = await getSiteData();
  return themes.map((theme) => ({ params: { theme: theme.id }, props: { theme, codes } }));
};

export const GET: APIRoute<{ theme: Theme; codes: Code[] }> = ({ props }) =>
  new Response(JSON.stringify(buildThemeFile(props.theme, props.codes, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
