// The link-preview image of a code: its own page's, and every clause page's when the build makes one image per
// code (lib/og/plan.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../lib/og/render';
import { getCode, getSiteData } from '../../lib/site-data';
import { SITE_NAME } from '../../lib/site-name';

export const getStaticPaths = (async () => {
  const { codes } = await getSiteData();
  return codes.map((code) => ({ params: { code: code.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const code = await getCode(params.code!);
  const png = await renderCard({ kicker: code.data.issuer, heading: code.data.title, leadIn: null, text: code.data.summary, siteName: SITE_NAME });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
