// Every clause page reads, to a link-preview bot (its meta tags, no JavaScript), as the clause itself: title,
// description (the clause text with its lead-in), URL and a 1200×630 image that exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { textWithLeadIn } from '../../src/lib/content/lead-in';
import { imagePlan } from '../../src/lib/og/plan';
import { REAL_CONTENT, loadContent } from '../support/content';
import { DIST, DIST_BASE, readPage, requireBuild } from '../../tools/lib/dist';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const clauses = site.codes.flatMap((code) => code.clauses.map((clause) => ({ code, clause })));
const meta = (page: ReturnType<typeof readPage>, key: string) =>
  page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('clause pages', () => {
  it('makes one preview image per clause for content this size', () => {
    expect(imagePlan(site)).toBe('clause');
  });

  it('give every clause page its own title, description, image and card type', () => {
    requireBuild();
    const problems: string[] = [];
    for (const { code, clause } of clauses) {
      const file = `codes/${code.id}/${clause.id}/index.html`;
      const page = readPage(file);
      const expectations: [string, string | undefined, string][] = [
        ['og:description', meta(page, 'og:description'), textWithLeadIn(clause)],
        ['description', meta(page, 'description'), textWithLeadIn(clause)],
        [
          'og:title',
          meta(page, 'og:title'),
          `${code.data.shortTitle}, ${clause.name} · Peer Ethics Crosswalk`,
        ],
        [
          'title',
          page.querySelector('title')?.textContent,
          `${code.data.shortTitle}, ${clause.name} · Peer Ethics Crosswalk`,
        ],
        ['og:image', meta(page, 'og:image'), `/og/${code.id}/${clause.id}.png`],
        ['og:site_name', meta(page, 'og:site_name'), 'Peer Ethics Crosswalk'],
        ['twitter:card', meta(page, 'twitter:card'), 'summary_large_image'],
      ];
      for (const [key, actual, expected] of expectations)
        if (actual !== expected) problems.push(`${file} ${key}: ${actual} ≠ ${expected}`);
      const png = PNG.sync.read(readFileSync(join(DIST, `og/${code.id}/${clause.id}.png`)));
      if (png.width !== 1200 || png.height !== 630)
        problems.push(`${code.id}/${clause.id}.png is ${png.width}×${png.height}`);
      const text = page.querySelector('blockquote.clause-text')?.textContent.replace(/\s+/g, ' ').trim();
      if (text !== textWithLeadIn(clause).replace(/\s+/g, ' ')) problems.push(`${file}: shows "${text}"`);
      const readInCode = page
        .querySelectorAll('a')
        .find((link) => link.textContent.trim() === 'Read it in its code');
      if (readInCode?.getAttribute('href') !== `/codes/${code.id}/#${clause.id}`)
        problems.push(`${file}: no link to the clause in its code`);
    }
    expect(problems).toEqual([]);
    expect(clauses.length).toBeGreaterThan(80);
  });

  it('shows the IAPS practice guideline on the value it explains', () => {
    const page = readPage('codes/iaps/voluntary/index.html');
    const guideline = site.guidelines.find((entry) => entry.data.value === 'voluntary')!;
    expect(page.querySelector('aside.guideline h2')?.textContent).toContain(guideline.data.title);
  });

  it('gives every other page the site name, a card type and an image that exists', () => {
    for (const file of [
      'index.html',
      'codes/alaska-psp/index.html',
      'themes/index.html',
      'search/index.html',
    ]) {
      const page = readPage(file);
      expect(meta(page, 'og:site_name'), file).toBe('Peer Ethics Crosswalk');
      expect(meta(page, 'twitter:card'), file).toBe('summary_large_image');
      const image = meta(page, 'og:image')!;
      const png = PNG.sync.read(readFileSync(join(DIST, image)));
      expect([png.width, png.height], file).toEqual([1200, 630]);
    }
    expect(meta(readPage('codes/alaska-psp/index.html'), 'og:image')).toBe('/og/alaska-psp.png');
    expect(meta(readPage('index.html'), 'og:image')).toBe('/og/site.png');
  });
});

describe('clause pages in the /ethics/ build with SITE_URL', () => {
  it('give absolute og:url and og:image under the base path', () => {
    requireBuild(DIST_BASE);
    const page = readPage('codes/alaska-psp/conflicts-3/index.html', DIST_BASE);
    expect(meta(page, 'og:url')).toBe('https://example.org/ethics/codes/alaska-psp/conflicts-3/');
    expect(meta(page, 'og:image')).toBe('https://example.org/ethics/og/alaska-psp/conflicts-3.png');
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/ethics/codes/alaska-psp/conflicts-3/',
    );
    expect(meta(readPage('about/index.html', DIST_BASE), 'og:image')).toBe(
      'https://example.org/ethics/og/site.png',
    );
  });
});
