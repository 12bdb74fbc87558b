// Verbatim on every surface that shows a clause or the training module's text, with quotes, apostrophes and
// dashes significant (only white space may differ): the code page, the clause page, theme pages, compare pairs,
// the n-way compare's data (/data/codes/<id>.json, which the browser renders as text), the embed, the search
// index's records, the preview card (og:description and the image's words), the JSON and CSV exports and the
// handout. The expected text is the clause's, which is first checked to be its source's words exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { splitFrontMatter } from '../../src/lib/content/load-from-disk';
import type { Clause, Code } from '../../src/lib/content/model';
import { parseCsv } from '../../src/lib/exports/csv';
import { cardTree, type CardNode } from '../../src/lib/og/card';
import { clauseCardContent } from '../../src/lib/og/card-content';
import { EVERY_CLAUSE_TOKEN } from '../../src/lib/search/index-tokens';
import { handoutCsv, handoutMarkdown } from '../../src/lib/selection/handout-export';
import { groupItems, resolveSelection } from '../../src/lib/selection/handout';
import type { CodesExport } from '../../src/schemas/export';
import { CROSSWALK_CSV_HEADER } from '../../src/schemas/export';
import { DIST, listFiles, readPage, requireBuild } from '../../tools/lib/dist';
import { REAL_CONTENT, loadContent } from '../support/content';
import { readRegions } from '../support/fidelity';
import { loadBuiltSearch } from '../support/pagefind';
import { collapseSpace, shortenedMisses, verbatimMisses, type VerbatimMiss } from '../support/verbatim';

const content = loadContent(REAL_CONTENT);
const site = assembleSiteData(content);
const SOURCES = join(import.meta.dirname, '../../content/sources');

/** A clause's words as every surface must show them: its lead-in (where it has one) and its text. */
const expected = (clause: Clause) => [
  { id: `${clause.codeId}:${clause.id}`, text: clause.text },
  ...(clause.leadIn ? [{ id: `${clause.codeId}:${clause.id} (lead-in)`, text: clause.leadIn }] : []),
];

/** Rendered text of an element, block elements apart (a paragraph break reads as white space). */
const shown = (element: HTMLElement | null | undefined): string => element?.structuredText ?? '';
const page = (file: string) => readPage(file);
const every = (codes: Code[], check: (code: Code, clause: Clause) => VerbatimMiss[]) =>
  codes.flatMap((code) => code.clauses.flatMap((clause) => check(code, clause)));

beforeAll(() => requireBuild());

describe('the clauses themselves', () => {
  it('are their source’s words, character for character', () => {
    const regions = readRegions();
    const misses = every(site.codes, (code, clause) =>
      verbatimMisses(
        `source ${regions[code.id]!.file}`,
        [{ id: `${code.id}:${clause.id}`, text: clause.text }],
        readFileSync(join(SOURCES, regions[code.id]!.file), 'utf8'),
      ),
    );
    expect(misses).toEqual([]);
  });
});

describe('every surface shows each clause verbatim', () => {
  it('code pages', () => {
    const misses = site.codes.flatMap((code) => {
      const built = page(`codes/${code.id}/index.html`);
      // The code page shows a lead-in once, above the clauses it leads into; each clause's text is in its article.
      return code.clauses.flatMap((clause) => {
        const [text, leadIn] = expected(clause);
        return [
          ...verbatimMisses(`codes/${code.id}/`, [text!], shown(built.getElementById(clause.id))),
          ...(leadIn
            ? verbatimMisses(`codes/${code.id}/`, [leadIn], shown(built.querySelector('main')))
            : []),
        ];
      });
    });
    expect(misses).toEqual([]);
  });

  it('clause pages', () => {
    const misses = every(site.codes, (code, clause) =>
      verbatimMisses(
        `codes/${code.id}/${clause.id}/`,
        expected(clause),
        shown(page(`codes/${code.id}/${clause.id}/index.html`).querySelector('.clause-text')),
      ),
    );
    expect(misses).toEqual([]);
  });

  it('theme pages, under each theme the clause addresses or touches', () => {
    const pages = new Map(site.themes.map((theme) => [theme.id, page(`themes/${theme.id}/index.html`)]));
    const misses = every(site.codes, (_code, clause) =>
      [...clause.themes, ...clause.touches].flatMap((themeId) => {
        const built = pages.get(themeId)!;
        // Above the in-full limit a theme page names its clauses instead of quoting them (nothing to check).
        if (!built.querySelector('.columns')) return [];
        return verbatimMisses(`themes/${themeId}/`, expected(clause), shown(built.querySelector('.columns')));
      }),
    );
    expect(misses).toEqual([]);
    expect([...pages.values()].some((built) => built.querySelector('.columns'))).toBe(true);
  });

  it('compare pairs', () => {
    const misses = site.codes.flatMap((code) => {
      const other = site.codes.find((candidate) => candidate.id !== code.id)!;
      const built = page(`compare/${code.id}/${other.id}/index.html`);
      return code.clauses.flatMap((clause) =>
        verbatimMisses(
          `compare/${code.id}/${other.id}/`,
          expected(clause),
          shown(built.querySelector('main')),
        ),
      );
    });
    expect(misses).toEqual([]);
  });

  it('the n-way compare’s data (/data/codes/<id>.json, rendered as DOM text)', () => {
    const misses = site.codes.flatMap((code) => {
      const file = JSON.parse(
        readFileSync(join(DIST, `data/codes/${code.id}.json`), 'utf8'),
      ) as CodesExport['codes'][number];
      return code.clauses.flatMap((clause) => {
        const entry = file.clauses.find((candidate) => candidate.id === clause.id);
        return verbatimMisses(
          `data/codes/${code.id}.json`,
          expected(clause),
          `${entry?.lead_in ?? ''} ${entry?.text ?? ''}`,
        );
      });
    });
    expect(misses).toEqual([]);
  });

  it('embeds', () => {
    const misses = every(site.codes, (code, clause) =>
      verbatimMisses(
        `embed/${code.id}/${clause.id}/`,
        expected(clause),
        shown(page(`embed/${code.id}/${clause.id}/index.html`).querySelector('blockquote')),
      ),
    );
    expect(misses).toEqual([]);
  });

  it('search records in the built index (the result’s excerpt)', async () => {
    const search = await loadBuiltSearch(DIST);
    const results = await search.search(EVERY_CLAUSE_TOKEN);
    const byUrl = new Map(results.map((result) => [result.url, result]));
    const misses = every(site.codes, (code, clause) =>
      verbatimMisses(
        'search index',
        expected(clause),
        byUrl.get(`/codes/${code.id}/#${clause.id}`)?.meta.text ?? '',
      ),
    );
    expect(misses).toEqual([]);
  });

  it('preview cards: og:description and the image’s words (cut only at the end, with "…")', () => {
    const cardWords = (node: CardNode | string): string =>
      typeof node === 'string' ? node : [node.props.children ?? []].flat().map(cardWords).join(' ');
    const misses = every(site.codes, (code, clause) => {
      const built = page(`codes/${code.id}/${clause.id}/index.html`);
      const description =
        built.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '';
      const tree = cardTree(clauseCardContent(code, clause));
      // The body is the third block of the card's main column: lead-in and text, shortened to fit.
      const main = (tree.props.children as CardNode[])[1]!;
      const body = (main.props.children as CardNode[])[2]!;
      const whole = {
        id: `${code.id}:${clause.id}`,
        text: clause.leadIn ? `${clause.leadIn} ${clause.text}` : clause.text,
      };
      return [
        ...verbatimMisses('og:description', expected(clause), description),
        ...shortenedMisses('preview image', whole, cardWords(body)),
      ];
    });
    expect(misses).toEqual([]);
  });

  it('the JSON export (/data/codes.json), text and lead-in equal to the clause’s', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/codes.json'), 'utf8')) as CodesExport;
    const misses = every(site.codes, (code, clause) => {
      const entry = data.codes
        .find((candidate) => candidate.id === code.id)
        ?.clauses.find((c) => c.id === clause.id);
      const same =
        collapseSpace(entry?.text ?? '') === collapseSpace(clause.text) &&
        entry?.lead_in === (clause.leadIn ?? undefined);
      return same
        ? []
        : verbatimMisses('data/codes.json', expected(clause), `${entry?.lead_in ?? ''} ${entry?.text ?? ''}`);
    });
    expect(misses).toEqual([]);
  });

  it('the CSV export (/data/crosswalk.csv), every row’s text', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(DIST, 'data/crosswalk.csv'), 'utf8'));
    expect(header).toEqual([...CROSSWALK_CSV_HEADER]);
    const column = (name: (typeof CROSSWALK_CSV_HEADER)[number]) => header!.indexOf(name);
    const clauses = new Map(
      site.codes.flatMap((code) => code.clauses.map((clause) => [`${code.id}:${clause.id}`, clause])),
    );
    const misses = rows.flatMap((row) => {
      const clause = clauses.get(`${row[column('code_id')]}:${row[column('clause_id')]}`);
      if (!clause)
        return [
          { surface: 'data/crosswalk.csv', id: row.join(','), problem: 'missing' as const, expected: '' },
        ];
      return verbatimMisses(
        'data/crosswalk.csv',
        expected(clause),
        `${row[column('lead_in')]} ${row[column('text')]}`,
      );
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  });

  it('the handout (as the page shows it, its Markdown and its CSV), made from the built export', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/codes.json'), 'utf8')) as CodesExport;
    const refs = site.codes.flatMap((code) =>
      code.clauses.map((clause) => ({ codeId: code.id, clauseId: clause.id })),
    );
    const { items, unknown } = resolveSelection(refs, data);
    expect(unknown).toEqual([]);
    const groups = groupItems(items, 'code', data.themes);
    // The Markdown escapes characters that would start markup; a reader of the rendered Markdown sees them plain.
    const markdown = handoutMarkdown('Handout', groups, 'https://example.org').replace(
      /\\([\\`*_[\]<>#|.+-])/g,
      '$1',
    );
    const csv = parseCsv(handoutCsv(groups, 'https://example.org'))
      .slice(1)
      .map((row) => row.join('\n'))
      .join('\n');
    const misses = every(site.codes, (code, clause) => {
      const item = items.find((candidate) => candidate.key === `${code.id}:${clause.id}`);
      return [
        ...verbatimMisses('handout page', expected(clause), item?.text ?? ''),
        ...verbatimMisses('handout Markdown', expected(clause), markdown),
        ...verbatimMisses('handout CSV', expected(clause), csv),
      ];
    });
    expect(misses).toEqual([]);
  });
});

describe('the training module’s text', () => {
  const bodies = content.guidelines.map((entry) => ({
    entry,
    body: splitFrontMatter(readFileSync(join(REAL_CONTENT, entry.filePath!), 'utf8'), entry.filePath!).body,
  }));

  it('is verbatim on the guidelines page, and each part left out of its source is said there', () => {
    const built = page('codes/iaps/guidelines/index.html');
    const text = shown(built.querySelector('main'));
    const misses = verbatimMisses(
      'codes/iaps/guidelines/',
      // A Markdown list's "- " is the page's bullet (the source's "•"), not text.
      bodies.map(({ entry, body }) => ({ id: entry.id, text: body.replace(/^- /gm, '') })),
      text,
    );
    expect(misses).toEqual([]);
    const omitted = content.guidelines.flatMap((entry) => entry.data.omitted);
    expect(omitted.length).toBeGreaterThan(0);
    for (const { text: left, after } of omitted)
      expect(collapseSpace(text)).toContain(`Left out here: “${left}” after “${after}”`);
  });

  it('is verbatim on the IAPS clause pages and the code page', () => {
    const code = page('codes/iaps/index.html');
    const misses = bodies
      .filter(({ entry }) => entry.data.value)
      .flatMap(({ entry, body }) => [
        ...verbatimMisses(
          `codes/iaps/${entry.data.value}/`,
          [{ id: entry.id, text: body }],
          shown(page(`codes/iaps/${entry.data.value}/index.html`).querySelector('.guideline')),
        ),
        ...verbatimMisses(
          'codes/iaps/',
          [{ id: entry.id, text: body }],
          shown(code.getElementById(entry.data.value!)),
        ),
      ]);
    expect(misses).toEqual([]);
  });
});

describe('the surfaces checked', () => {
  it('include an embed and a clause page for every clause', () => {
    const files = listFiles(DIST);
    for (const code of site.codes)
      for (const clause of code.clauses) {
        expect(files).toContain(`embed/${code.id}/${clause.id}/index.html`);
        expect(files).toContain(`codes/${code.id}/${clause.id}/index.html`);
      }
  });
});
