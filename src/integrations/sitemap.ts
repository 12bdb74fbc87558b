// Writes sitemap.xml from the pages Astro built, when SITE_URL gives the site's public address.
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** The sitemap document for a list of absolute page URLs. */
export function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => `  <url><loc>${url.replace(/&/g, '&amp;')}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'pec:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) {
          logger.info('SITE_URL is not set: no sitemap.xml (canonical URLs need the public address)');
          return;
        }
        const urls = pages
          .map(({ pathname }) => pathname)
          .filter((pathname) => pathname !== '404/' && !pathname.endsWith('.json') && !pathname.endsWith('.csv') && !pathname.endsWith('.txt'))
          .map((pathname) => new URL(`${base.replace(/\/$/, '')}/${pathname}`, site).href)
          .sort();
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(urls));
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
