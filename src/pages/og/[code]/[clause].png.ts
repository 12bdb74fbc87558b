// The link-preview image of one clause page, when the build makes one per clause (lib/og/plan.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../lib/og/render';
import { imagePlan } from '../../../lib/og/plan';
import type { Clause, Code } from '../../../lib/content/model';
import { getSiteData } from '../../../lib/site-data';
import { SITE_NAME } from '../../../lib/site-name';

export const getStaticPaths = (async () => {
  const site = await getSiteData();
  if (imagePlan(site) !== 'clause') return [];
  return site.codes.flatMap((code) =>
    code.clauses.map((clause) => ({ params: { code: code.id, clause: clause.id }, props: { code, clause } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: Code; clause: Clause }> = async ({ props: { code, clause } }) => {
  // The same words as og:description (textWithLeadIn), shortened only where they cannot fit.
  const png = await renderCard({
    kicker: code.data.title,
    heading: clause.name,
    leadIn: clause.leadIn,
    text: clause.text.replace(/\s+/g, ' '),
    siteName: SITE_NAME,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
