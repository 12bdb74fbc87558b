// The link-preview image of a code: its own page's, and every clause page's when the build makes one image per
// code (lib/og/plan.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { codeCardContent } from '../../lib/og/card-content';
import { renderCard } from '../../lib/og/render';
import type { Code } from '../../lib/content/model';
import { getSiteData } from '../../lib/site-data';

export const getStaticPaths = (async () => {
  const { codes } = await getSiteData();
  return codes.map((code) => ({ params: { code: code.id }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: Code }> = async ({ props: { code } }) => {
  const png = await renderCard(codeCardContent(code));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
