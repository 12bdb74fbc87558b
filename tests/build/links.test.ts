// Links gate: every internal URL and #fragment on every built page resolves, in the default build and in the
// build under the base path /ethics/ (where every internal URL must stay below /ethics/). Nothing points at
// another origin, save the canonical and og:url of the base-path build, which name its public SITE_URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, DIST, DIST_BASE, htmlPages, listFiles, requireBuild } from '../../tools/lib/dist';
import { checkLinks, formatBroken } from '../support/link-check';

const BUILDS = [
  { name: 'dist/', dir: DIST, base: '/', siteOrigin: undefined },
  // scripts/test.sh builds this one with SITE_URL=https://example.org.
  { name: 'dist-ethics/', dir: DIST_BASE, base: BASE_PATH, siteOrigin: 'https://example.org' },
];

describe.each(BUILDS)('links in $name', ({ dir, base, siteOrigin, name }) => {
  const check = () => {
    requireBuild(dir);
    const pages = htmlPages(dir).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
    return { pages, report: checkLinks({ pages, files: listFiles(dir), base, siteOrigin }) };
  };

  it('has no broken internal link or #fragment', () => {
    const { pages, report } = check();
    console.info(
      `${name}: ${pages.length} pages, ${report.checked} URL references (${report.fragments} with a #fragment)`,
    );
    expect(report.broken, `broken links in ${name}:\n${formatBroken(report.broken)}`).toEqual([]);
    expect(report.checked).toBeGreaterThan(pages.length * 10);
  });

  it('makes no reference to another origin', () => {
    const { report } = check();
    expect(report.external.map(({ page, where, url }) => `${page}: ${where}="${url}"`)).toEqual([]);
  });
});
