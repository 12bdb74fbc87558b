import type { APIRoute } from 'astro';
import { SITEMAP_INDEX } from '../config/sitemap.mjs';
import { withBase } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(withBase(SITEMAP_INDEX), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain' } });
};
