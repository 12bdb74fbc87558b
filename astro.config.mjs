// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { siteOptions } from './src/config/site-options.mjs';
import { sitemap } from './src/integrations/sitemap.ts';
import { searchIndex } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';

const { base, site, outDir } = siteOptions(process.env);

export default defineConfig({
  // SITE_URL and SITE_BASE let one build serve from a domain root or a project sub-path (README: Deploy).
  site,
  base,
  outDir,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No third-party requests, ever: no prefetch, no telemetry-like extras.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: { remarkPlugins: [remarkGfm] },
  // Scripts always ship as same-origin files: the CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  // searchIndex runs pagefind after the build, so `npm run build` makes the site and its search index; offline
  // comes after it (build:done hooks run in this order) to precache that index in the service worker.
  integrations: [mdx({ remarkPlugins: [remarkGfm] }), sitemap(), searchIndex(), offline()],
});
