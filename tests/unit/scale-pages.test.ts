// What keeps pages light at hundreds of codes: no N² compare pages above the threshold, the compare view's
// alignment on export-shaped data, and theme pages that stop quoting in full above their cap.
import { describe, expect, it } from 'vitest';
import { alignCodes, alignPair } from '../../src/lib/crosswalk/compare';
import { STATIC_COMPARE_MAX_CODES, THEME_FULL_TEXT_MAX_CODES } from '../../src/lib/constants';
import { staticComparePairs } from '../../src/lib/crosswalk/compare-pages';
import { buildCrosswalk } from '../../src/lib/crosswalk/matrix';
import { quotesInFull } from '../../src/lib/crosswalk/theme-page';
import { buildCodeFile, type CodeFile } from '../../src/lib/exports/codes-json';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { loadContent, REAL_CONTENT } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));

describe('compare pages', () => {
  it('are every ordered pair up to the threshold and none above it', () => {
    const codes = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(staticComparePairs(codes(5))).toHaveLength(20);
    expect(staticComparePairs(codes(STATIC_COMPARE_MAX_CODES))).toHaveLength(
      STATIC_COMPARE_MAX_CODES * (STATIC_COMPARE_MAX_CODES - 1),
    );
    expect(staticComparePairs(codes(STATIC_COMPARE_MAX_CODES + 1))).toEqual([]);
    expect(staticComparePairs(codes(500))).toEqual([]);
  });

  it('align the same on the per-code JSON files (browser) as on the model (static pages)', () => {
    const [a, b] = ['magellan-dbsa', 'alaska-psp'];
    const files = [a, b].map(
      (id) =>
        JSON.parse(
          JSON.stringify(
            buildCodeFile(
              site.codes.find((code) => code.id === id)!,
              '/',
            ),
          ),
        ) as CodeFile,
    );
    const themes = site.themes.map((theme) => ({ id: theme.id }));
    const inBrowser = alignCodes(themes, files[0]!, files[1]!);
    const onModel = alignPair(buildCrosswalk(site), a, b);
    expect(
      inBrowser.map((row) => [
        row.theme.id,
        row.side,
        row.a.direct.map((c: { id: string }) => c.id),
        row.b.touches.map((c: { id: string }) => c.id),
      ]),
    ).toEqual(
      onModel.map((row) => [
        row.theme.id,
        row.side,
        row.a.direct.map((c) => c.id),
        row.b.touches.map((c) => c.id),
      ]),
    );
    expect(new Set(inBrowser.map((row) => row.side))).toContain('only-b');
  });

  it('per-code files carry clause names and permalinks under the base path', () => {
    const file = buildCodeFile(
      site.codes.find((code) => code.id === 'alaska-psp')!,
      '/ethics/',
    );
    expect(file.shortTitle).toBe('Alaska PSP');
    expect(file.clauses.find((clause) => clause.id === 'conflicts-3')).toMatchObject({
      name: 'Conflicts of Interest 3.',
      url: '/ethics/codes/alaska-psp/#conflicts-3',
    });
  });
});

describe('theme pages', () => {
  it('quote in full up to the cap, and only name clauses above it', () => {
    expect(quotesInFull(site.codes.length)).toBe(true);
    expect(quotesInFull(THEME_FULL_TEXT_MAX_CODES)).toBe(true);
    expect(quotesInFull(THEME_FULL_TEXT_MAX_CODES + 1)).toBe(false);
  });
});
