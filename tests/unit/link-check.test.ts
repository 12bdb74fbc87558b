// The link crawler on small in-memory sites: it must catch what the build gate relies on it to catch.
import { describe, expect, it } from 'vitest';
import { checkLinks, servedPath, type SitePage } from '../support/link-check';

const page = (file: string, body: string, head = ''): SitePage => ({
  file,
  html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
});

const site = (pages: SitePage[], extra: string[] = []) => ({
  pages,
  files: [...pages.map((p) => p.file), ...extra],
});

describe('servedPath', () => {
  it('maps index files to directory URLs under the base', () => {
    expect(servedPath('index.html', '/')).toBe('/');
    expect(servedPath('codes/iaps/index.html', '/ethics/')).toBe('/ethics/codes/iaps/');
    expect(servedPath('404.html', '/')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const codes = page(
    'codes/iaps/index.html',
    '<article id="voluntary">…</article><a href="#voluntary">self</a>',
  );

  it('passes a site whose links and fragments all resolve', () => {
    const home = page(
      'index.html',
      '<a href="/codes/iaps/#voluntary">v</a><a href="codes/iaps/">rel</a><img src="/a.svg" srcset="/a.svg 1x, /b.svg 2x" alt=""><form action="/codes/iaps/"></form>',
      '<link rel="stylesheet" href="/_astro/x.css"><script src="/t.js"></script>',
    );
    const report = checkLinks({
      ...site([home, codes], ['_astro/x.css', 't.js', 'a.svg', 'b.svg']),
      base: '/',
    });
    expect(report.broken).toEqual([]);
    expect(report.checked).toBe(9);
    expect(report.fragments).toBe(2);
  });

  it('reports a broken href', () => {
    const home = page('index.html', '<a href="/codes/nope/">x</a>');
    const report = checkLinks({ ...site([home, codes]), base: '/' });
    expect(report.broken).toEqual([
      { page: 'index.html', where: 'a[href]', url: '/codes/nope/', reason: 'no such page or file' },
    ]);
  });

  it('reports a broken fragment, on the same page and on another', () => {
    const home = page('index.html', '<a href="/codes/iaps/#volunteer">x</a><a href="#missing">y</a>');
    const report = checkLinks({ ...site([home, codes]), base: '/' });
    expect(report.broken.map((link) => link.reason)).toEqual([
      'no element with id "volunteer" on /codes/iaps/',
      'no element with id "missing" on /',
    ]);
  });

  it('reports a broken srcset candidate and a missing script', () => {
    const home = page(
      'index.html',
      '<img src="/a.svg" srcset="/a.svg 1x, /gone.svg 2x" alt="">',
      '<script src="/gone.js"></script>',
    );
    const report = checkLinks({ ...site([home], ['a.svg']), base: '/' });
    expect(report.broken.map((link) => `${link.where} ${link.url}`)).toEqual([
      'script[src] /gone.js',
      'img[srcset] /gone.svg',
    ]);
  });

  it('reports a link escaping the base path, even one that exists at the root', () => {
    const home = page(
      'index.html',
      '<a href="/codes/iaps/">root-absolute</a><a href="../">up</a><a href="/ethics/codes/iaps/">ok</a>',
    );
    const report = checkLinks({ ...site([home, codes]), base: '/ethics/' });
    expect(report.broken.map((link) => [link.url, link.reason])).toEqual([
      ['/codes/iaps/', 'outside the base path /ethics/'],
      ['../', 'outside the base path /ethics/'],
    ]);
  });

  it('asks for the trailing slash the site uses', () => {
    const report = checkLinks({
      ...site([page('index.html', '<a href="/codes/iaps">x</a>'), codes]),
      base: '/',
    });
    expect(report.broken[0]?.reason).toBe('no such file (add the trailing slash)');
  });

  it('lists external URLs, and checks the public origin like an internal one', () => {
    const home = page(
      'index.html',
      '<a href="https://cdn.example.com/x.js">cdn</a><a href="mailto:a@b.c">mail</a>',
      '<link rel="canonical" href="https://example.org/ethics/"><meta property="og:url" content="https://example.org/ethics/gone/">',
    );
    const report = checkLinks({ ...site([home]), base: '/ethics/', siteOrigin: 'https://example.org' });
    expect(report.external.map((ref) => ref.url)).toEqual(['https://cdn.example.com/x.js']);
    expect(report.broken.map((link) => `${link.where} ${link.url}`)).toEqual([
      'meta[og:url] https://example.org/ethics/gone/',
    ]);
  });

  it('rejects relative URLs on the 404 page, which is served at any address', () => {
    const notFound = page('404.html', '<a href="codes/iaps/">x</a><a href="/codes/iaps/">y</a>');
    const report = checkLinks({ ...site([notFound, codes]), base: '/' });
    expect(report.broken.map((link) => link.url)).toEqual(['codes/iaps/']);
  });
});

describe('samplePerCode', () => {
  it('keeps every page but only the first clause page and embed of each code', async () => {
    const { samplePerCode } = await import('../support/site-pages');
    expect(
      samplePerCode([
        '',
        'codes/a/',
        'codes/a/x/',
        'codes/a/y/',
        'codes/iaps/guidelines/',
        'codes/b/z/',
        'embed/a/x/',
        'embed/a/y/',
        'themes/t/',
      ]),
    ).toEqual([
      '',
      'codes/a/',
      'codes/a/x/',
      'codes/iaps/guidelines/',
      'codes/b/z/',
      'embed/a/x/',
      'themes/t/',
    ]);
  });
});
