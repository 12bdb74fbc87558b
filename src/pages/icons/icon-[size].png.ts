// The app icons the manifest lists.
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_SIZES, iconPng } from '../../lib/offline/icons';

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(iconPng(Number(params.size)), { headers: { 'Content-Type': 'image/png' } });
