// The link-preview image of every page that has none of its own.
import type { APIRoute } from 'astro';
import { renderCard } from '../../lib/og/render';
import { SITE_NAME } from '../../lib/site-name';

export const GET: APIRoute = async () => {
  const png = await renderCard({
    kicker: 'Peer support specialists · peer support teams',
    heading: SITE_NAME,
    leadIn: null,
    text: 'The codes of ethics peer support programs work under, word for word and clause by clause, with a theme crosswalk, side-by-side comparison and search.',
    siteName: SITE_NAME,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
