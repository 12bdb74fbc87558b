// The web app manifest: the site installs as an app that opens on its home page, with the favicon as icon.
import type { APIRoute } from 'astro';
import { paths, withBase } from '../lib/paths';
import { SITE_NAME } from '../lib/site-name';
import { ICON_SIZES } from '../lib/offline/icons';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: SITE_NAME,
        short_name: 'Peer Ethics',
        description:
          'The codes of ethics for peer support specialists, word for word and clause by clause, with a theme crosswalk.',
        start_url: withBase(''),
        scope: withBase(''),
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: ICON_SIZES.map((size) => ({
          src: withBase(paths.icon(size)),
          sizes: `${size}x${size}`,
          type: 'image/png',
          purpose: 'any',
        })),
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
