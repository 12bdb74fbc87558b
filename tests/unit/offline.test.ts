// The offline precache: which files, at which URLs, and a worker that names its version.
import { describe, expect, it } from 'vitest';
import {
  fileUrl,
  precacheFiles,
  precachePriority,
  precacheVersion,
  serviceWorkerSource,
  withinPrecacheCap,
} from '../../src/lib/offline/precache';

describe('precacheFiles', () => {
  const files = [
    'index.html',
    '404.html',
    'codes/index.html',
    'codes/iaps/index.html',
    'codes/iaps/voluntary/index.html',
    'codes/iaps/guidelines/index.html',
    'themes/index.html',
    'themes/gifts/index.html',
    'crosswalk/index.html',
    'crosswalk/2/index.html',
    'compare/a/b/index.html',
    'scenarios/x/index.html',
    'search/index.html',
    'embed/iaps/voluntary/index.html',
    'og/iaps/voluntary.png',
    'og/site.png',
    'data/codes.json',
    'data/search-topics.json',
    'data/search-theme-model.json',
    'data/themes/gifts.json',
    'data/codes/iaps.json',
    'build/index.html',
    'data/code-index.json',
    'codes/page/2/index.html',
    'compare/a/index.html',
    '_astro/page.abc.js',
    '_astro/x.css',
    'pagefind/pagefind.js',
    'pagefind/index/en_1.pf_index',
    'favicon.svg',
    'sw.js',
    '_headers',
    'manifest.webmanifest',
    'icons/icon-192.png',
  ];

  it('keeps the reading pages, search index, search topics, theme model and assets; leaves out clause pages, embeds, images and exports', () => {
    const kept = precacheFiles(files);
    expect(kept).toContain('codes/iaps/index.html');
    expect(kept).toContain('codes/iaps/guidelines/index.html');
    expect(kept).toContain('compare/a/b/index.html');
    expect(kept).toContain('crosswalk/2/index.html');
    expect(kept).toContain('pagefind/index/en_1.pf_index');
    expect(kept).toContain('icons/icon-192.png');
    expect(kept).toContain('data/search-topics.json');
    expect(kept).toContain('data/search-theme-model.json');
    expect(kept).toContain('data/code-index.json');
    expect(kept).toContain('codes/page/2/index.html');
    expect(kept).toContain('compare/a/index.html');
    // The builder is precached, so are the theme files it loads its candidates from.
    expect(kept).toContain('build/index.html');
    expect(kept).toContain('data/themes/gifts.json');
    for (const left of [
      'codes/iaps/voluntary/index.html',
      'embed/iaps/voluntary/index.html',
      'og/site.png',
      'data/codes.json',
      'data/codes/iaps.json',
      'sw.js',
      '_headers',
    ]) {
      expect(kept).not.toContain(left);
    }
  });
});

describe('fileUrl', () => {
  it('requests directory pages at their directory URL, under the base', () => {
    expect(fileUrl('codes/iaps/index.html', '/ethics/')).toBe('/ethics/codes/iaps/');
    expect(fileUrl('index.html', '/')).toBe('/');
    expect(fileUrl('404.html', '/')).toBe('/404.html');
    expect(fileUrl('_astro/a.js', '/ethics')).toBe('/ethics/_astro/a.js');
  });
});

describe('serviceWorkerSource', () => {
  it('caches under the version and lists the URLs', () => {
    const source = serviceWorkerSource({ version: 'abc123', urls: ['/', '/codes/'], base: '/' });
    expect(source).toContain('const CACHE = "pec-abc123";');
    expect(source).toContain('const URLS = ["/","/codes/"];');
    expect(source).toContain('self.skipWaiting()');
    expect(source).toContain('self.clients.claim()');
    expect(() => new Function(source)).not.toThrow();
  });
});

describe('precacheVersion', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('changes when any precached file changes, and only then', () => {
    const one = precacheVersion([
      { file: 'a.html', content: bytes('A') },
      { file: 'b.js', content: bytes('B') },
    ]);
    expect(
      precacheVersion([
        { file: 'a.html', content: bytes('A') },
        { file: 'b.js', content: bytes('B') },
      ]),
    ).toBe(one);
    expect(
      precacheVersion([
        { file: 'a.html', content: bytes('A!') },
        { file: 'b.js', content: bytes('B') },
      ]),
    ).not.toBe(one);
    expect(
      precacheVersion([
        { file: 'a.html', content: bytes('AB') },
        { file: 'b.js', content: bytes('') },
      ]),
    ).not.toBe(one);
    expect(one).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('withinPrecacheCap', () => {
  const entry = (file: string, size: number) => ({ file, size });
  const entries = [
    entry('pagefind/fragment/en_1.pf_fragment', 10),
    entry('codes/b/index.html', 30),
    entry('codes/a/index.html', 30),
    entry('index.html', 20),
    entry('_astro/site.js', 20),
  ];

  it('keeps everything when it fits', () => {
    const { kept, deferred } = withinPrecacheCap(entries, 1000);
    expect(kept.map(({ file }) => file)).toHaveLength(5);
    expect(deferred).toEqual([]);
  });

  it('takes the shell first, then reading pages, then search fragments, and leaves the rest to be cached when read', () => {
    const { kept, deferred } = withinPrecacheCap(entries, 75);
    expect(kept.map(({ file }) => file)).toEqual(['_astro/site.js', 'index.html', 'codes/a/index.html']);
    // Once a file does not fit, nothing after it is taken, so the precache is a prefix of the order.
    expect(deferred.map(({ file }) => file)).toEqual([
      'codes/b/index.html',
      'pagefind/fragment/en_1.pf_fragment',
    ]);
  });

  it('never leaves out the shell, even over the cap', () => {
    const { kept } = withinPrecacheCap(entries, 5);
    expect(kept.map(({ file }) => file)).toEqual(['_astro/site.js', 'index.html']);
    expect(precachePriority('pagefind/pagefind.js')).toBe(0);
    expect(precachePriority('codes/iaps/index.html')).toBe(1);
    expect(precachePriority('codes/index.html')).toBe(0);
  });

  it('keeps what a reader opens when it was not precached', () => {
    const source = serviceWorkerSource({ version: 'v', urls: [], base: '/' });
    expect(source).toContain('cache.put(request, copy)');
    expect(source).toMatch(/return cached \?\? keep\(request, await fetch\(request\)\)/);
  });
});
