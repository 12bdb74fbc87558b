// The marks every surface carries, made by one module (src/lib/marks.ts): the training module's credit, our
// identification of facts the source does not state, and a draft code's status; and the verbatim check that
// catches a typographic substitution in rendered clause text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { citationLead } from '../../src/lib/citation';
import { isVerbatimFile, remarkProseTypography } from '../../src/build/remark-prose-typography';
import { assembleSiteData } from '../../src/lib/content/assemble';
import type { Code, SiteData } from '../../src/lib/content/model';
import { buildCodesExport } from '../../src/lib/exports/codes-json';
import { buildCoverageCsv } from '../../src/lib/exports/coverage-csv';
import { buildCrosswalkCsv } from '../../src/lib/exports/crosswalk-csv';
import { parseCsv } from '../../src/lib/exports/csv';
import {
  MODULE_CREDIT,
  OUR_IDENTIFICATION,
  codeStatus,
  draftMark,
  factText,
  filterAudiences,
  isOurs,
} from '../../src/lib/marks';
import { clauseCardContent, codeCardContent } from '../../src/lib/og/card-content';
import { clauseRecords } from '../../src/lib/search/records';
import { resolveSelection } from '../../src/lib/selection/handout';
import { itemCitation } from '../../src/lib/selection/handout-export';
import { citeData } from '../../src/lib/views/cite-data';
import { REAL_CONTENT, loadContent } from '../support/content';
import { CROSSWALK_CSV_COLUMNS } from '../support/csv-contract';
import { readRegions } from '../support/fidelity';
import { shortenedMisses, verbatimMisses } from '../support/verbatim';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const code = (id: string) => site.codes.find((candidate) => candidate.id === id)!;
/** A real code marked draft, as an imported code is until its tags are reviewed. */
const asDraft = (real: Code): Code => ({ ...real, data: { ...real.data, status: 'draft' } });
const withDraft: SiteData = {
  ...site,
  codes: site.codes.map((c) => (c.id === 'magellan-dbsa' ? asDraft(c) : c)),
};

describe('verbatim check', () => {
  const clause = code('alaska-psp').clauses.find((candidate) =>
    candidate.text.includes("peers' individual"),
  )!;

  it('catches a curly apostrophe in rendered clause text, naming it a typographic substitution', () => {
    const rendered = `<p>${clause.text.replace("peers'", 'peers’')}</p>`;
    expect(verbatimMisses('code page', [{ id: clause.id, text: clause.text }], rendered)).toEqual([
      {
        surface: 'code page',
        id: clause.id,
        problem: 'typographic substitution',
        expected: clause.text.replace(/\s+/g, ' ').trim(),
      },
    ]);
  });

  it('catches curly quotes and a changed dash, and a missing text', () => {
    const expected = [{ id: 'q', text: 'He said "yes" - then left.' }];
    expect(verbatimMisses('s', expected, 'He said “yes” - then left.')[0]?.problem).toBe(
      'typographic substitution',
    );
    expect(verbatimMisses('s', expected, 'He said "yes" – then left.')[0]?.problem).toBe(
      'typographic substitution',
    );
    expect(verbatimMisses('s', expected, 'Something else.')[0]?.problem).toBe('missing');
  });

  it('passes the text as written, whatever the white space', () => {
    expect(verbatimMisses('s', [{ id: clause.id, text: clause.text }], `\n  ${clause.text}\n`)).toEqual([]);
  });

  it('lets a preview card cut the end with "…", never change a character', () => {
    const whole = { id: 'w', text: "I will respect my peers' rights to self-determination." };
    expect(shortenedMisses('card', whole, "I will respect my peers' rights…")).toEqual([]);
    expect(shortenedMisses('card', whole, 'I will respect my peers’ rights…')[0]?.problem).toBe(
      'typographic substitution',
    );
    expect(shortenedMisses('card', whole, 'I will respect my peers')[0]?.problem).toBe('missing');
  });
});

describe('typography', () => {
  const tree = (): Root => ({
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: `my peers' "rights"` }] }],
  });
  const text = (root: Root) => JSON.stringify(root);

  it('leaves the code and module files as written', () => {
    const transform = remarkProseTypography();
    for (const path of ['/site/content/codes/alaska-psp.mdx', 'content/guidelines/voluntary.mdx']) {
      const root = tree();
      transform(root, { path });
      expect(text(root)).toContain(`my peers' \\"rights\\"`);
      expect(isVerbatimFile(path)).toBe(true);
    }
  });

  it('sets our own prose with typographic quotes', () => {
    const root = tree();
    remarkProseTypography()(root, { path: '/site/content/scenarios/own-relapse.mdx' });
    expect(text(root)).toContain('my peers’ “rights”');
    expect(isVerbatimFile('/site/content/themes/gifts-money.md')).toBe(false);
  });
});

describe('our identification', () => {
  const dbhds = code('dbhds-cprs');

  it('marks the facts front matter lists, and always the audience (our classification)', () => {
    expect(isOurs(dbhds.data, 'issuer')).toBe(true);
    expect(isOurs(code('iaps').data, 'issuer')).toBe(false);
    expect(site.codes.every((c) => isOurs(c.data, 'audience'))).toBe(true);
    expect(factText(dbhds.data, 'jurisdiction', dbhds.data.jurisdiction)).toBe(
      `Virginia, United States ${OUR_IDENTIFICATION}`,
    );
  });

  it('is in the citations: plain, APA and rich (Cite menu data)', () => {
    const clause = dbhds.clauses[0]!;
    expect(citeData(dbhds, clause).issuer).toBe(`${dbhds.data.issuer} ${OUR_IDENTIFICATION}`);
    expect(citationLead(citeData(dbhds, clause))).toContain(`(DBHDS) ${OUR_IDENTIFICATION}.`);
    expect(citeData(code('iaps'), code('iaps').clauses[0]!).issuer).not.toContain(OUR_IDENTIFICATION);
  });

  it('is in the exports, and the handout built from them', () => {
    const exported = buildCodesExport(site, '/', new Date(0));
    const entry = exported.codes.find((c) => c.id === 'dbhds-cprs')!;
    expect(entry.identified_by_us).toEqual(['issuer', 'jurisdiction', 'audience']);
    expect(entry.issuer).toBe(dbhds.data.issuer);
    const { items } = resolveSelection([{ codeId: 'dbhds-cprs', clauseId: dbhds.clauses[0]!.id }], exported);
    expect(items[0]!.issuer).toBe(`${dbhds.data.issuer} ${OUR_IDENTIFICATION}`);
    expect(itemCitation(items[0]!, 'https://example.org').text).toContain(OUR_IDENTIFICATION);
  });

  it('is on the code’s preview card', () => {
    expect(codeCardContent(dbhds).kicker).toBe(`${dbhds.data.issuer} ${OUR_IDENTIFICATION}`);
  });
});

describe('audience filters', () => {
  it('offer a code under every audience its source offers it to, not only our classification', () => {
    expect(filterAudiences(code('iaps').data)).toEqual(['behavioral-health', 'first-responder']);
    expect(filterAudiences(code('alaska-psp').data)).toEqual(['behavioral-health']);
    const iapsRecord = clauseRecords(site, '/').find((record) => record.url === '/codes/iaps/#voluntary')!;
    expect(iapsRecord.filters.audience).toContain('First responder');
  });

  it('rest on the source’s own words: each offer quotes the code’s source verbatim', () => {
    const regions = readRegions();
    const offers = site.codes.flatMap((c) => c.data.offeredTo.map((offer) => ({ id: c.id, ...offer })));
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      const source = readFileSync(
        join(import.meta.dirname, '../../content/sources', regions[offer.id]!.file),
        'utf8',
      );
      expect(verbatimMisses(offer.id, [{ id: offer.audience, text: offer.quote }], source)).toEqual([]);
    }
  });
});

describe('draft status', () => {
  const draft = withDraft.codes.find((c) => c.id === 'magellan-dbsa')!;
  const clause = draft.clauses[0]!;

  it('is one mark, made once', () => {
    expect(draftMark(draft)).toBe('draft: tagging proposed, not yet reviewed');
    expect(draftMark(code('iaps'))).toBeNull();
    expect(codeStatus(draft)).toBe('draft');
    expect(codeStatus(code('iaps'))).toBe('reviewed');
  });

  it('is on preview cards and search results (embeds: tests/build/draft-surfaces.test.ts)', () => {
    expect(clauseCardContent(draft, clause).mark).toBe(draftMark(draft));
    expect(codeCardContent(draft).mark).toBe(draftMark(draft));
    const record = clauseRecords(withDraft, '/').find((r) => r.url === `/codes/magellan-dbsa/#${clause.id}`)!;
    expect(record.meta.title).toBe(`Magellan / DBSA, ${clause.name} (${draftMark(draft)})`);
    expect(record.meta.status).toBe('draft');
  });

  it('is a field of codes.json and an appended status column of both CSVs', () => {
    const exported = buildCodesExport(withDraft, '/', new Date(0));
    expect(exported.codes.find((c) => c.id === 'magellan-dbsa')!.status).toBe('draft');
    expect(exported.codes.find((c) => c.id === 'iaps')!.status).toBe('reviewed');
    const crosswalk = parseCsv(buildCrosswalkCsv(withDraft, '/'));
    expect(crosswalk[0]!.at(-1)).toBe('status');
    expect(crosswalk[0]).toEqual(CROSSWALK_CSV_COLUMNS);
    const statusOf = (rows: string[][], codeColumn: number) =>
      new Set(
        rows
          .slice(1)
          .filter((row) => row[codeColumn] === 'magellan-dbsa')
          .map((row) => row.at(-1)),
      );
    expect(statusOf(crosswalk, 2)).toEqual(new Set(['draft']));
    const coverage = parseCsv(buildCoverageCsv(withDraft));
    expect(coverage[0]!.at(-1)).toBe('status');
    expect(statusOf(coverage, 2)).toEqual(new Set(['draft']));
  });

  it('makes a draft’s gaps read not-reviewed in coverage.csv, where a reviewed code’s read silent', () => {
    const coverage = parseCsv(buildCoverageCsv(withDraft)).slice(1);
    const states = (id: string) => new Set(coverage.filter((row) => row[2] === id).map((row) => row[4]));
    expect(states('magellan-dbsa')).toContain('not-reviewed');
    expect(states('magellan-dbsa')).not.toContain('silent');
    expect(states('iaps')).toContain('silent');
  });
});

describe('module credit', () => {
  it('names the module and says its words are not IAPS’s', () => {
    expect(MODULE_CREDIT).toContain('Practice Guidelines for Peer Support Specialists');
    expect(MODULE_CREDIT).toContain('not IAPS’s');
    const intro = loadContent(REAL_CONTENT).guidelines.find((entry) => entry.data.kind === 'introduction');
    expect(MODULE_CREDIT).toContain(intro!.data.title);
  });
});
