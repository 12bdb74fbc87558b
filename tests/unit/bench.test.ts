// The benchmark's pure parts: the synthetic code generator, page-type classification, reference parsing and
// growth per clause.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atMostLinear, marginalGrowth, perClause } from '../../tools/lib/growth';
import { classifyFile } from '../../tools/lib/page-types';
import { cssUrls, htmlRefs, jsImports, resolveRef } from '../../tools/lib/references';
import { themeSeeds, writeScaleContent } from '../../tools/lib/scale-content';
import {
  MAX_CLAUSES,
  MIN_CLAUSES,
  sectionSizes,
  seededRandom,
  syntheticCode,
  syntheticCodes,
} from '../../tools/lib/synthetic';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { loadContent, REAL_CONTENT } from '../support/content';

const themes = themeSeeds(REAL_CONTENT);

describe('synthetic codes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pec-synthetic-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are the same for the same seed and index, whatever N, and differ by seed', () => {
    expect(syntheticCode(7, themes).mdx).toBe(syntheticCodes(30, themes)[6]!.mdx);
    expect(syntheticCode(7, themes, 1).mdx).not.toBe(syntheticCode(7, themes, 2).mdx);
    expect(seededRandom(5)()).toBe(seededRandom(5)());
  });

  it('pass the real content checks, with realistic shape, themes from the taxonomy and no real text', () => {
    writeScaleContent(REAL_CONTENT, folder, 40);
    expect(readdirSync(join(folder, 'codes'))).toHaveLength(40);
    const site = assembleSiteData(loadContent(folder)); // throws ContentError on any problem
    expect(site.codes).toHaveLength(40);
    expect(site.guidelines.length).toBeGreaterThan(0);
    const themeIds = new Set(themes.map((theme) => theme.id));
    const real = assembleSiteData(loadContent(REAL_CONTENT)).codes.flatMap((code) =>
      code.clauses.map((clause) => clause.text),
    );
    const lengths: number[] = [];
    for (const code of site.codes.filter((candidate) => candidate.id.startsWith('synthetic-'))) {
      expect(code.clauses.length).toBeGreaterThanOrEqual(MIN_CLAUSES);
      expect(code.clauses.length).toBeLessThanOrEqual(MAX_CLAUSES);
      expect(new Set(code.clauses.map((clause) => clause.section)).size).toBeGreaterThanOrEqual(2);
      for (const clause of code.clauses) {
        for (const theme of [...clause.themes, ...clause.touches]) expect(themeIds.has(theme)).toBe(true);
        expect(real).not.toContain(clause.text);
        lengths.push(clause.text.length);
      }
    }
    lengths.sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThan(60);
    expect(median).toBeLessThan(250);
    expect(lengths.at(-1)!).toBeLessThan(600);
    // Parsing 40 MDX files takes ~5 s when the shared machine is busy: past vitest's default 5 s.
  }, 60_000);

  it('splits clauses into sections of at least one, summing to the total', () => {
    const random = seededRandom(3);
    for (const [total, parts] of [
      [20, 6],
      [60, 2],
      [6, 6],
      [33, 5],
    ] as const) {
      const sizes = sectionSizes(random, total, parts);
      expect(sizes).toHaveLength(parts);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('page types', () => {
  it.each([
    ['index.html', 'home'],
    ['codes/index.html', 'codes-index'],
    ['codes/page/2/index.html', 'codes-index'],
    ['codes/page/two/index.html', 'clause'],
    ['codes/alaska-psp/index.html', 'code'],
    ['codes/iaps/guidelines/index.html', 'guidelines'],
    ['themes/index.html', 'themes-index'],
    ['themes/gifts-money/index.html', 'theme'],
    ['crosswalk/index.html', 'crosswalk'],
    ['crosswalk/3/index.html', 'crosswalk'],
    ['compare/index.html', 'compare-index'],
    ['compare/iaps/alaska-psp/index.html', 'compare'],
    ['compare/iaps/index.html', 'compare-code'],
    ['search/index.html', 'search'],
    ['about/index.html', 'about'],
    ['404.html', '404'],
    ['selection/index.html', 'selection'],
    ['build/index.html', 'builder'],
    ['scenarios/a-gift/index.html', 'scenario'],
    ['data/codes.json', 'data'],
    ['data/codes/iaps.json', 'data'],
    ['pagefind/pagefind.js', 'pagefind'],
    ['_astro/index.abc.css', 'asset'],
    ['robots.txt', 'other-file'],
  ])('%s is %s', (file, type) => expect(classifyFile(file)).toBe(type));
});

describe('references a page loads', () => {
  it('finds stylesheets and scripts, not preloads or inline scripts', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><script src="/theme-init.js"></script>
      <script type="module" src="/_astro/b.js"></script><script type="application/json">{}</script>`;
    expect(htmlRefs(html)).toEqual({ css: ['/_astro/a.css'], js: ['/theme-init.js', '/_astro/b.js'] });
  });

  it('follows static imports but not import()', () => {
    expect(
      jsImports(
        'import{a as b}from"./chunk.js";import "./side.js";export{x}from"./re.js";const p=import("./lazy.js")',
      ).sort(),
    ).toEqual(['./chunk.js', './re.js', './side.js']);
  });

  it('resolves paths under the base and leaves other origins out', () => {
    expect(resolveRef('/ethics/_astro/a.css', 'codes/x/index.html', '/ethics/')).toBe('_astro/a.css');
    expect(resolveRef('./chunk.js', '_astro/b.js', '/')).toBe('_astro/chunk.js');
    expect(resolveRef('../fonts/f.woff2', '_astro/css/a.css', '/')).toBe('_astro/fonts/f.woff2');
    expect(resolveRef('https://example.org/a.js', 'index.html', '/')).toBeNull();
    expect(
      cssUrls(
        '@font-face{src:url("/_astro/f.woff2") format("woff2")} .x{background:url(data:image/png;base64,AA)}',
      ),
    ).toEqual(['/_astro/f.woff2', 'data:image/png;base64,AA']);
  });
});

describe('growth per clause', () => {
  const points = [
    { codes: 5, clauses: 100, value: 10 },
    { codes: 50, clauses: 1000, value: 19 },
    { codes: 200, clauses: 4000, value: 49 },
  ];

  it('divides by clauses, and gives the marginal cost between scales', () => {
    expect(perClause(points[1]!)).toBeCloseTo(0.019);
    expect(marginalGrowth([...points].reverse())).toEqual([
      { from: 5, to: 50, perClause: 0.01 },
      { from: 50, to: 200, perClause: 0.01 },
    ]);
  });

  it('tells linear growth from faster growth', () => {
    expect(atMostLinear(points)).toBe(true);
    expect(atMostLinear([...points, { codes: 500, clauses: 10000, value: 49 + 6000 * 0.012 }])).toBe(true);
    expect(atMostLinear([...points, { codes: 500, clauses: 10000, value: 49 + 6000 * 0.05 }])).toBe(false);
    // Quadratic cost (value = clauses² / 1e6) fails at the scales the bench runs.
    const quadratic = [204, 1919, 7939, 19523].map((clauses, i) => ({
      codes: [5, 50, 200, 500][i]!,
      clauses,
      value: clauses ** 2 / 1e6,
    }));
    expect(atMostLinear(quadratic)).toBe(false);
  });
});
