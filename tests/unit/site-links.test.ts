// lib/views/site-links.ts, site-nav.ts, head.ts and about-page.ts: the finished hrefs markup prints, base included.
import { describe, expect, it } from 'vitest';
import { aboutPageView } from '../../src/lib/views/about-page';
import { headView } from '../../src/lib/views/head';
import { siteLinks } from '../../src/lib/views/site-links';
import { siteNav } from '../../src/lib/views/site-nav';

describe('siteLinks', () => {
  it('gives every fixed destination under the base path, at the site root or below a folder', () => {
    for (const base of ['/', '/ethics/', '/ethics']) {
      const links = siteLinks(base);
      const root = base.endsWith('/') ? base : `${base}/`;
      for (const [name, href] of Object.entries(links))
        expect(href.startsWith(root), `${name}: ${href} under ${root}`).toBe(true);
      expect(links.home).toBe(root);
      expect(links.crosswalk).toBe(`${root}crosswalk/`);
      expect(links.pagesJson).toBe(`${root}data/pages.json`);
    }
  });
});

describe('siteNav', () => {
  it('marks the section the page is in, and only it', () => {
    const nav = siteNav('/ethics/themes/gifts-money/', '/ethics/');
    expect(nav.filter((item) => item.current).map((item) => item.label)).toEqual(['Themes']);
    expect(nav.find((item) => item.label === 'Themes')?.href).toBe('/ethics/themes/');
  });

  it('marks none on the home page, whose path every section starts with', () => {
    expect(siteNav('/ethics/', '/ethics/').some((item) => item.current)).toBe(false);
  });
});

describe('headView', () => {
  const page = { title: 'Themes', canonical: true, pathname: '/ethics/themes/' };

  it('makes absolute canonical and image URLs only where the origin is known', () => {
    const site = new URL('https://example.org');
    const head = headView({ ...page, site }, '/ethics/');
    expect(head.canonical).toBe('https://example.org/ethics/themes/');
    expect(head.imageUrl).toBe('https://example.org/ethics/og/site.png');
    expect(head.sitemap).toBe('/ethics/sitemap-index.xml');
    const local = headView({ ...page, site: undefined }, '/ethics/');
    expect(local.canonical).toBeUndefined();
    expect(local.sitemap).toBeUndefined();
    expect(local.imageUrl).toBe('/ethics/og/site.png');
  });

  it("points an alias page's canonical at the current page, and gives a page with no address none", () => {
    const site = new URL('https://example.org');
    expect(headView({ ...page, canonicalPath: 'codes/iaps/hope/', site }, '/ethics/').canonical).toBe(
      'https://example.org/ethics/codes/iaps/hope/',
    );
    expect(headView({ ...page, canonical: false, site }, '/ethics/').canonical).toBeUndefined();
  });

  it('puts the files <head> links to under the base', () => {
    const head = headView({ ...page, site: undefined }, '/ethics/');
    expect([head.manifest, head.appleTouchIcon, head.themeInit]).toEqual([
      '/ethics/manifest.webmanifest',
      '/ethics/icons/icon-192.png',
      '/ethics/theme-init.js',
    ]);
  });
});

describe('aboutPageView', () => {
  it('lists every code as a source, linked under the base, with its issuer and note', () => {
    const code = {
      id: 'alaska-psp',
      clauses: [],
      data: { title: 'Alaska PSP Code', issuer: 'Alaska', sourceNote: 'As published.' },
    };
    const view = aboutPageView({ codes: [code] } as never, '/ethics/');
    expect(view.sources).toEqual([
      {
        href: '/ethics/codes/alaska-psp/',
        title: 'Alaska PSP Code',
        issuer: 'Alaska',
        sourceNote: 'As published.',
      },
    ]);
    expect(view.actionPointsHref).toBe('/ethics/codes/iaps/guidelines/#action-points');
    expect(view.citeContext.codes.map((c) => c.id)).toEqual(['alaska-psp']);
  });
});
