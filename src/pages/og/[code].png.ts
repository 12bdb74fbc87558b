// The link-preview image of a code: its own page's, and every clause page's when the build makes one image per
// code (lib/og/plan.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { ownWordsText } from '../../lib/evidence/render';
import { renderCard } from '../../lib/og/render';
import type { Code } from '../../lib/content/model';
import { getSiteData } from '../../lib/site-data';
import { SITE_NAME } from '../../lib/site-name';

export const getStaticPaths = (async () => {
  const { codes } = await getSiteData();
  return codes.map((code) => ({ params: { code: code.id }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: Code }> = async ({ props: { code } }) => {
  const png = await renderCard({
    kicker: code.data.issuer,
    heading: code.data.title,
    leadIn: null,
    text: ownWordsText(code.data.summary),
    siteName: SITE_NAME,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
