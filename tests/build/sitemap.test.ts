// The sitemap (@astrojs/sitemap) and robots.txt of the base-path build (SITE_URL=https://example.org,
// SITE_BASE=/ethics/): every page once, under the base path, with its trailing slash; no data files; robots.txt
// and every page's <head> point at the index. The default build has no SITE_URL, hence no sitemap.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX } from '../../src/config/sitemap.mjs';
import { BASE_PATH, DIST, DIST_BASE, htmlPages, readPage, requireBuild } from '../../tools/lib/dist';

const ORIGIN = 'https://example.org';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

describe('sitemap and robots.txt', () => {
  it('lists every page of the base-path build, and only pages', () => {
    requireBuild(DIST_BASE);
    const index = readFileSync(join(DIST_BASE, SITEMAP_INDEX), 'utf8');
    const sitemaps = locs(index);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((url) =>
      locs(readFileSync(join(DIST_BASE, url.slice(`${ORIGIN}${BASE_PATH}`.length)), 'utf8')),
    );
    const expected = htmlPages(DIST_BASE)
      .filter((file) => file !== '404.html')
      .map((file) => `${ORIGIN}${BASE_PATH}${file.replace(/index\.html$/, '')}`);
    expect([...urls].sort()).toEqual(expected.sort());
    for (const url of urls) expect(url).toMatch(/^https:\/\/example\.org\/ethics\/(.+\/)?$/);
  });

  it('is named in robots.txt and in each page head', () => {
    requireBuild(DIST_BASE);
    expect(readFileSync(join(DIST_BASE, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${ORIGIN}${BASE_PATH}${SITEMAP_INDEX}\n`,
    );
    expect(readPage('index.html', DIST_BASE).querySelector('link[rel="sitemap"]')?.getAttribute('href')).toBe(
      `${BASE_PATH}${SITEMAP_INDEX}`,
    );
  });

  it('is not written without SITE_URL', () => {
    requireBuild();
    expect(existsSync(join(DIST, SITEMAP_INDEX))).toBe(false);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
  });
});
