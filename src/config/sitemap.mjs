// The sitemap's file name and what it lists, shared by astro.config.mjs (@astrojs/sitemap), robots.txt and <head>.

/** What @astrojs/sitemap writes (with filenameBase "sitemap"): an index pointing at sitemap-0.xml, … */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * Pages only: the data exports (.json, .csv) and robots.txt are files, not pages a search engine should list.
 * @param {string} url absolute URL of a built route
 * @returns {boolean}
 */
export function sitemapIncludes(url) {
  return !/\.(json|csv|txt|xml)$/.test(new URL(url).pathname);
}
