// The pure parts of search: the records the index is built from, the URL state, and query highlighting.
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { highlight, queryStems } from '../../src/lib/search/highlight';
import {
  emptyFilters,
  hasSearch,
  pagefindFilters,
  parseSearchState,
  searchParams,
  searchTerms,
} from '../../src/lib/search/query';
import { clauseRecords } from '../../src/lib/search/records';
import { EVERY_CLAUSE_TOKEN, themeToken } from '../../src/lib/search/index-tokens';
import { loadContent, REAL_CONTENT } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));

describe('clause records', () => {
  const records = clauseRecords(site, '/');
  const byUrl = new Map(records.map((record) => [record.url, record]));

  it('makes one record per clause, addressed by its permalink', () => {
    const clauses = site.codes.flatMap((code) => code.clauses);
    expect(records).toHaveLength(clauses.length);
    expect(byUrl.size).toBe(clauses.length);
    expect(clauseRecords(site, '/ethics/')[0]?.url).toMatch(/^\/ethics\/codes\/[a-z0-9-]+\/#/);
  });

  it('titles, describes and filters a clause from the content', () => {
    const record = byUrl.get('/codes/alaska-psp/#conflicts-3');
    expect(record?.meta).toMatchObject({
      title: 'Alaska PSP, Conflicts of Interest 3.',
      code: 'Alaska PSP',
      clause: 'Conflicts of Interest 3.',
    });
    expect(record?.meta.text).toContain('I will not accept substantial gifts or loans');
    expect(record?.filters).toEqual({
      code: ['Alaska PSP'],
      theme: ['Gifts, money and loans'],
      audience: ['Behavioral health'],
    });
  });

  it('shows a clause that completes a lead-in with its lead-in, so the result keeps its subject', () => {
    expect(byUrl.get('/codes/peer-support-team/#item-11')?.meta.text).toBe(
      'Peer support team members: do not utilize their peer support role for personal gain or advantage.',
    );
    expect(byUrl.get('/codes/alaska-psp/#conflicts-3')?.meta.text).toMatch(
      /^As a Peer Support Professional \(PSP\): I will not accept/,
    );
    expect(byUrl.get('/codes/iaps/#voluntary')?.meta.text).toBe('Peer support is voluntary.');
  });

  it('indexes the synonyms of the themes a clause addresses, not of those it only touches', () => {
    const record = byUrl.get('/codes/dbhds-cprs/#conduct-5');
    expect(record?.content).toContain('dating');
    // The clause's own words come first, the theme words after them.
    expect(record?.content.startsWith(record.meta.text)).toBe(true);
    // item-12 only touches sexual relationships: a "dating" search should not claim it.
    expect(byUrl.get('/codes/peer-support-team/#item-12')?.content).not.toContain('dating');
  });

  it('carries the index tokens of the themes a clause addresses, and the one every clause has', () => {
    const record = byUrl.get('/codes/dbhds-cprs/#conduct-5')!;
    const words = record.content.split(/\s+/);
    expect(words).toContain(EVERY_CLAUSE_TOKEN);
    expect(words).toContain(themeToken('sexual-relationships'));
    // item-12 only touches sexual relationships: its theme lookup should not claim it.
    expect(byUrl.get('/codes/peer-support-team/#item-12')!.content).not.toContain(
      themeToken('sexual-relationships'),
    );
    // Never part of what a result shows.
    expect(record.meta.text).not.toMatch(/zz/);
  });
});

describe('search state in the URL', () => {
  it('round-trips a query and filters', () => {
    const state = parseSearchState(
      new URLSearchParams('q=+gifts+&code=Alaska+PSP&code=IAPS&theme=Gifts%2C+money+and+loans&code=IAPS'),
    );
    expect(state).toEqual({
      q: 'gifts',
      filters: { code: ['Alaska PSP', 'IAPS'], theme: ['Gifts, money and loans'], audience: [] },
      typed: false,
    });
    expect(parseSearchState(new URLSearchParams(searchParams(state)))).toEqual(state);
    expect(searchParams({ q: '', filters: emptyFilters() })).toBe('');
  });

  it('turns filters into pagefind\'s "any of" filters, leaving empty groups out', () => {
    expect(pagefindFilters({ code: ['IAPS'], theme: [], audience: ['First responder'] })).toEqual({
      code: { any: ['IAPS'] },
      audience: { any: ['First responder'] },
    });
    expect(hasSearch({ q: '', filters: emptyFilters() })).toBe(false);
    expect(hasSearch({ q: '', filters: { ...emptyFilters(), theme: ['Advocacy'] } })).toBe(true);
  });
});

describe('highlight', () => {
  it("marks words that start with a query word's stem, and only those", () => {
    expect(highlight('I will not accept gifts or loans.', 'gift loans')).toEqual([
      { text: 'I will not accept ', mark: false },
      { text: 'gifts', mark: true },
      { text: ' or ', mark: false },
      { text: 'loans', mark: true },
      { text: '.', mark: false },
    ]);
    expect(queryStems('a to Dating')).toEqual(['dat']);
  });

  it('keeps markup in a query as text to match, never as markup', () => {
    const segments = highlight('An <img> is not here.', '<img src=x onerror=alert(1)>');
    expect(segments.map((segment) => segment.text).join('')).toBe('An <img> is not here.');
    expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['img']);
  });
});

describe('writing the index', () => {
  it('fails with every pagefind error, naming the record, and writes nothing', async () => {
    const { writeSearchIndex } = await import('../../src/integrations/pagefind');
    const written: string[] = [];
    const index = {
      addCustomRecord: async (record: { url: string }) => ({
        errors: record.url.endsWith('#conflicts-3') ? ['content is empty'] : [],
        file: { uniqueWords: 1, url: record.url, meta: {} },
      }),
      writeFiles: async ({ outputPath }: { outputPath: string }) => {
        written.push(outputPath);
        return { errors: [], outputPath };
      },
    };
    let closed = false;
    const fake = {
      createIndex: async () => ({ errors: [], index }),
      close: async () => {
        closed = true;
        return null;
      },
    } as unknown as Parameters<typeof writeSearchIndex>[2];
    await expect(writeSearchIndex(clauseRecords(site, '/'), '/nowhere/pagefind', fake)).rejects.toThrow(
      'pagefind failed:\n/codes/alaska-psp/#conflicts-3: content is empty',
    );
    expect(written).toEqual([]);
    expect(closed).toBe(true);
  });
});

describe('waiting for pagefind to finish writing', () => {
  it('closes the service only once every file has stopped growing, not when the manifest appears', async () => {
    const { writeSearchIndex } = await import('../../src/integrations/pagefind');
    const outputPath = mkdtempSync(join(tmpdir(), 'pec-pagefind-'));
    const bundle = 'x'.repeat(45_000);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let closedWith = -1;
    const index = {
      addCustomRecord: async (record: { url: string }) => ({
        errors: [],
        file: { uniqueWords: 1, url: record.url, meta: {} },
      }),
      // As the service does under load: it answers at once, writes the manifest, then the bundle in two parts.
      writeFiles: async () => {
        void (async () => {
          writeFileSync(join(outputPath, 'pagefind-entry.json'), '{}');
          writeFileSync(join(outputPath, 'pagefind.js'), bundle.slice(0, 32_768));
          await sleep(400);
          appendFileSync(join(outputPath, 'pagefind.js'), bundle.slice(32_768));
        })();
        return { errors: [], outputPath };
      },
    };
    const fake = {
      createIndex: async () => ({ errors: [], index }),
      close: async () => {
        closedWith = statSync(join(outputPath, 'pagefind.js')).size;
        return null;
      },
    } as unknown as Parameters<typeof writeSearchIndex>[2];
    try {
      await writeSearchIndex(clauseRecords(site, '/').slice(0, 2), outputPath, fake);
      expect(closedWith).toBe(bundle.length);
    } finally {
      rmSync(outputPath, { recursive: true, force: true });
    }
  });
});

describe('searchTerms', () => {
  it('drops stop words when other words remain, and keeps short meaningful ones', () => {
    expect(searchTerms('dating a client')).toBe('dating client');
    expect(searchTerms('conflict of interest')).toBe('conflict interest');
    expect(searchTerms('the')).toBe('the');
    expect(searchTerms('  NA and AA ')).toBe('NA AA');
  });
});

describe('index tokens', () => {
  it('gives every theme a word of its own that no other theme word starts with', () => {
    const ids = ['gifts', 'gifts-money', 'dual-relationships', 'Odd Id'];
    const tokens = ids.map(themeToken);
    expect(tokens).toEqual([
      'zztheme_gifts_zz',
      'zztheme_gifts_money_zz',
      'zztheme_dual_relationships_zz',
      'zztheme_odd_id_zz',
    ]);
    for (const token of tokens)
      expect(tokens.filter((other) => other !== token && other.startsWith(token))).toEqual([]);
    expect(tokens.every((token) => /^\w+$/.test(token))).toBe(true);
  });
});
