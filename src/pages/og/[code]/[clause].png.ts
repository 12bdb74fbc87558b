// The link-preview image of one clause page, when the build makes one per clause (lib/og/plan.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../lib/og/render';
import { clauseImageRoutes, type RouteProps } from '../../../lib/routing/routes';
import { getSiteData } from '../../../lib/site-data';
import { clauseCardContent } from '../../../lib/og/card-content';

export const getStaticPaths = (async () => clauseImageRoutes(await getSiteData())) satisfies GetStaticPaths;

export const GET: APIRoute<RouteProps<typeof clauseImageRoutes>> = async ({ props: { code, clause } }) => {
  // The same words as og:description (textWithLeadIn), shortened only where they cannot fit.
  const png = await renderCard(clauseCardContent(code, clause));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
