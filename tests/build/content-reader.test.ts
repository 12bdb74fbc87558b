// Two readers of content/: Astro's collections (the pages, exports and search index of the build) and
// lib/content/load-from-disk.ts (Node tools: bench, permalink list, tests on fixtures). This proves they yield
// the same SiteData on the real content: every id, every clause in order, every front-matter field, every body.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import type { SiteData } from '../../src/lib/content/model';
import { SITE_DATA_COPY } from '../../src/integrations/pagefind';
import { DIST, requireBuild, ROOT } from '../../tools/lib/dist';
import { loadContent, REAL_CONTENT } from '../support/content';

// The search integration keeps the SiteData of the last build of content/ in Astro's default cache folder (the copy
// in dist/ is removed before the site ships; builds of other content leave this one alone).
const BUILT_SITE_DATA = join(ROOT, 'node_modules/.astro', SITE_DATA_COPY);

function builtSiteData(): SiteData {
  requireBuild();
  if (!existsSync(BUILT_SITE_DATA))
    throw new Error(`${BUILT_SITE_DATA} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(BUILT_SITE_DATA, 'utf8')) as SiteData;
}

/** The SiteData as JSON carries it (undefined fields dropped), with file paths relative to the content folder. */
function comparable(site: SiteData, filePrefix: string): SiteData {
  const json = JSON.parse(JSON.stringify(site)) as SiteData;
  for (const code of json.codes) {
    expect(code.file.startsWith(filePrefix), `${code.file} starts with ${filePrefix}`).toBe(true);
    code.file = code.file.slice(filePrefix.length);
  }
  return json;
}

describe('content readers', () => {
  it('the build (collections) and the disk reader yield the same SiteData on the real content', () => {
    const built = builtSiteData();
    const disk = assembleSiteData(loadContent(REAL_CONTENT));
    // Astro names files from the project root (content/codes/iaps.mdx), the disk reader from the content folder.
    expect(comparable(built, 'content/')).toEqual(comparable(disk, ''));
    // The parts most likely to drift, spelled out so a failure says which.
    expect(built.codes.map((code) => code.id)).toEqual(disk.codes.map((code) => code.id));
    expect(built.codes.map((code) => code.clauses.map((clause) => clause.id))).toEqual(
      disk.codes.map((code) => code.clauses.map((clause) => clause.id)),
    );
    expect(built.codes.map((code) => code.data)).toEqual(
      JSON.parse(JSON.stringify(disk.codes.map((code) => code.data))),
    );
    expect(built.themes.length).toBeGreaterThan(0);
  });

  it('the SiteData file written for the search index does not ship', () => {
    requireBuild();
    expect(existsSync(join(DIST, 'site-data.json'))).toBe(false);
  });
});
