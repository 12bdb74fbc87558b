// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { siteOptions } from './src/config/site-options.mjs';
import sitemap from '@astrojs/sitemap';
import { sitemapIncludes } from './src/config/sitemap.mjs';
import { searchIndex } from './src/integrations/pagefind.ts';
import { oneStylesheet } from './src/integrations/one-stylesheet.ts';
import { clientChunk } from './src/config/client-chunks.mjs';
import { smallPreloadHelper } from './src/config/preload-helper.mjs';
import { remarkClauseLinks } from './src/build/remark-clause-links.ts';
import { remarkProseTypography } from './src/build/remark-prose-typography.ts';
import { offline } from './src/integrations/offline.ts';

const { base, site, outDir } = siteOptions(process.env);

export default defineConfig({
  // SITE_URL and SITE_BASE let one build serve from a domain root or a project sub-path (docs/ARCHITECTURE.md: Configuration and deployment).
  site,
  base,
  outDir,
  // A build of another content folder may keep its own content cache (ASTRO_CACHE_DIR), so that cached entries of
  // one folder never stand in for files of another with the same ids.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  scopedStyleStrategy: 'class',
  // No third-party requests, ever: no prefetch, no telemetry-like extras.
  prefetch: false,
  devToolbar: { enabled: false },
  // `clause:code-id:clause-id` links in our notes become permalinks (src/lib/own-words/).
  // Astro's SmartyPants is off: it would curl the straight quotes of verbatim code text; remarkProseTypography
  // applies it to our own prose only (src/build/remark-prose-typography.ts).
  markdown: {
    smartypants: false,
    remarkPlugins: [remarkGfm, remarkProseTypography, [remarkClauseLinks, { base }]],
  },
  // Scripts always ship as same-origin files: the CSP allows no inline script.
  // clientChunk keeps each page at one or two module scripts (src/config/client-chunks.mjs).
  // smallPreloadHelper replaces Vite's helper for dynamic imports with the part this site uses.
  vite: {
    plugins: [smallPreloadHelper()],
    build: { assetsInlineLimit: 0, rollupOptions: { output: { manualChunks: clientChunk } } },
  },
  // searchIndex runs pagefind after the build, so `npm run build` makes the site and its search index;
  // oneStylesheet then joins each page's split stylesheets into one file.
  // @astrojs/sitemap honours the base path and trailing slashes (it joins config.base to config.site); without
  // SITE_URL it writes nothing, as canonical URLs need the public address. It lists pages, not data files.
  integrations: [
    mdx({
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkProseTypography, [remarkClauseLinks, { base }]],
    }),
    sitemap({
      filter: sitemapIncludes,
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
    searchIndex(),
    oneStylesheet(),
    // offline comes last (build:done hooks run in this order) to precache the search index and the joined
    // stylesheets in the service worker.
    offline(),
  ],
});
