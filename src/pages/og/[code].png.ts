// The link-preview image of a code: its own page's, and every clause page's when the build makes one image per
// code (lib/og/plan.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { codeCardContent } from '../../lib/og/card-content';
import { renderCard } from '../../lib/og/render';
import { codeRoutes, type RouteProps } from '../../lib/routing/routes';
import { getSiteData } from '../../lib/site-data';

export const getStaticPaths = (async () => codeRoutes(await getSiteData())) satisfies GetStaticPaths;

export const GET: APIRoute<RouteProps<typeof codeRoutes>> = async ({ props: { code } }) => {
  const png = await renderCard(codeCardContent(code));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
