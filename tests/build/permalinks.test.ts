// Every promised clause URL lands on an element of the built page, in the default and the base-path build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePermalinkList } from '../../src/lib/permalinks';
import { DIST, ROOT, readPage, requireBuild } from '../../tools/lib/dist';

const listed = parsePermalinkList(readFileSync(join(ROOT, 'permalinks.txt'), 'utf8'));

describe('built permalinks', () => {
  it('finds an element for every listed clause URL', () => {
    requireBuild();
    const pages = new Map<string, Set<string>>();
    const missing = listed.filter((url) => {
      const [path, fragment] = url.split('#') as [string, string];
      if (!pages.has(path)) {
        const page = readPage(join(path, 'index.html'), DIST);
        pages.set(path, new Set(page.querySelectorAll('[id]').map((element) => element.id)));
      }
      return !pages.get(path)!.has(fragment);
    });
    expect(missing).toEqual([]);
    expect(listed.length).toBeGreaterThan(80);
  });

  it('puts each clause id on the element that holds the clause text', () => {
    const page = readPage('codes/alaska-psp/index.html');
    const clause = page.getElementById('conflicts-3');
    expect(clause?.tagName).toBe('ARTICLE');
    expect(clause?.textContent).toContain('I will not accept substantial gifts or loans');
  });
});
