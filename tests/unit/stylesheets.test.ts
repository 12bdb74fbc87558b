// One stylesheet per page (src/build/stylesheets.ts) and the benchmark's request count (tools/lib/requests.ts).
import { describe, expect, it } from 'vitest';
import { iconFiles, requestCount } from '../../tools/lib/requests';
import { bundleFor, replaceStylesheetLinks, stylesheetHrefs } from '../../src/build/stylesheets';

const page =
  '<head><meta charset="utf-8"><link rel="stylesheet" href="/ethics/_astro/a.css"><link rel="stylesheet" href="/ethics/_astro/b.css">' +
  '<script type="module" src="/ethics/_astro/x.js"></script></head><body><p>text</p></body>';
const sheets: Record<string, string> = {
  '/ethics/_astro/a.css': 'p{color:red}\n',
  '/ethics/_astro/b.css': 'p{color:blue}',
};

describe('one stylesheet per page', () => {
  it('lists the links in document order and replaces them with one where the first stood', () => {
    expect(stylesheetHrefs(page)).toEqual(['/ethics/_astro/a.css', '/ethics/_astro/b.css']);
    const out = replaceStylesheetLinks(page, '/ethics/_astro/page.X.css');
    expect(stylesheetHrefs(out)).toEqual(['/ethics/_astro/page.X.css']);
    expect(out).toBe(
      '<head><meta charset="utf-8"><link rel="stylesheet" href="/ethics/_astro/page.X.css">' +
        '<script type="module" src="/ethics/_astro/x.js"></script></head><body><p>text</p></body>',
    );
  });

  it('joins the sheets in the page order, so the later rule still wins, and names the file by its content', () => {
    const bundle = bundleFor(['/ethics/_astro/a.css', '/ethics/_astro/b.css'], (href) => sheets[href]!);
    expect(bundle.css).toBe('p{color:red}\np{color:blue}\n');
    expect(bundle.file).toMatch(/^_astro\/page\.[\w-]{8}\.css$/);
    expect(bundleFor(['/ethics/_astro/a.css', '/ethics/_astro/b.css'], (href) => sheets[href]!).file).toBe(
      bundle.file,
    );
    expect(
      bundleFor(['/ethics/_astro/b.css', '/ethics/_astro/a.css'], (href) => sheets[href]!).file,
    ).not.toBe(bundle.file);
  });

  it('refuses sheets it cannot join safely, naming them', () => {
    expect(() => bundleFor(['/a.css'], () => '@import url(b.css);')).toThrow(/\/a\.css has @import/);
    expect(() => bundleFor(['https://cdn.example.com/a.css'], () => '')).toThrow(/not a file of this site/);
  });
});

describe('requests on load', () => {
  it('counts the page and each distinct file once, and a data: icon not at all', () => {
    expect(
      iconFiles(
        '<link rel="icon" href="/ethics/favicon.svg" type="image/svg+xml">',
        'index.html',
        '/ethics/',
      ),
    ).toEqual(['favicon.svg']);
    expect(iconFiles('<link rel="icon" href="data:image/svg+xml,x">', 'index.html', '/')).toEqual([]);
    expect(requestCount({ css: ['a.css'], js: ['x.js', 'y.js', 'x.js'], fonts: [], icons: [] })).toBe(4);
  });
});
