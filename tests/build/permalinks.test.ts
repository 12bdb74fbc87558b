// Every promised clause URL lands on an element of the built page, in the default and the base-path build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePermalinkList } from '../../src/lib/permalinks';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { REAL_CONTENT, loadContent } from '../support/content';
import { DIST, ROOT, readPage, requireBuild } from '../../tools/lib/dist';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const listed = parsePermalinkList(readFileSync(join(ROOT, 'permalinks.txt'), 'utf8'));

describe('built permalinks', () => {
  const anchors = listed.filter((url) => url.includes('#'));
  const clausePages = listed.filter((url) => !url.includes('#'));

  it('finds an element for every listed clause URL', () => {
    requireBuild();
    const pages = new Map<string, Set<string>>();
    const missing = anchors.filter((url) => {
      const [path, fragment] = url.split('#') as [string, string];
      if (!pages.has(path)) {
        const page = readPage(join(path, 'index.html'), DIST);
        pages.set(path, new Set(page.querySelectorAll('[id]').map((element) => element.id)));
      }
      return !pages.get(path)!.has(fragment);
    });
    expect(missing).toEqual([]);
    expect(anchors.length).toBeGreaterThan(80);
  });

  it('builds every listed clause page, showing that clause (or, for a former id, the clause it was renamed to)', () => {
    const wrong = clausePages.filter((url) => {
      const [, codeId, clauseId] = /^codes\/([^/]+)\/([^/]+)\/$/.exec(url) ?? [];
      const page = readPage(join(url, 'index.html'), DIST);
      const article = page.querySelector('article.clause-page');
      const shown = site.codes
        .find((code) => code.id === codeId)
        ?.clauses.find((clause) => clause.id === article?.getAttribute('data-clause'));
      return (
        article?.getAttribute('data-code') !== codeId ||
        !shown ||
        !(shown.id === clauseId || shown.aliases.includes(clauseId!))
      );
    });
    expect(wrong).toEqual([]);
    expect(clausePages.length).toBe(anchors.length);
  });

  it('puts each clause id on the element that holds the clause text', () => {
    const page = readPage('codes/alaska-psp/index.html');
    const clause = page.getElementById('conflicts-3');
    expect(clause?.tagName).toBe('ARTICLE');
    expect(clause?.textContent).toContain('I will not accept substantial gifts or loans');
  });
});
