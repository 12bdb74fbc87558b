// The link-preview image of one clause page, when the build makes one per clause (lib/og/plan.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../lib/og/render';
import { imagePlan } from '../../../lib/og/plan';
import type { Clause, Code } from '../../../lib/content/model';
import { getSiteData } from '../../../lib/site-data';
import { clauseCardContent } from '../../../lib/og/card-content';

export const getStaticPaths = (async () => {
  const site = await getSiteData();
  if (imagePlan(site) !== 'clause') return [];
  return site.codes.flatMap((code) =>
    code.clauses.map((clause) => ({ params: { code: code.id, clause: clause.id }, props: { code, clause } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: Code; clause: Clause }> = async ({ props: { code, clause } }) => {
  // The same words as og:description (textWithLeadIn), shortened only where they cannot fit.
  const png = await renderCard(clauseCardContent(code, clause));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
