// Selections as links, and the handout built from one: stale ids reported, grouping, citations, exports.
import { join } from 'node:path';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { buildCodesExport } from '../../src/lib/exports/codes-json';
import { parseCsv } from '../../src/lib/exports/csv';
import { groupItems, resolveSelection } from '../../src/lib/selection/handout';
import { paths, withBase } from '../../src/lib/paths';
import {
  allCitations,
  escapeMarkdown,
  handoutCsv,
  handoutMarkdown,
  HANDOUT_CSV_HEADER,
  itemCitation,
} from '../../src/lib/selection/handout-export';
import { matrixPath, qrPath } from '../../src/lib/selection/qr';
import { moveItem, parseSelection, serializeSelection, toggleRef } from '../../src/lib/selection/refs';
import { FIXTURES, REAL_CONTENT, loadContent } from '../support/content';
import { REFERENCE_NOTICE } from '../../src/lib/selection/provenance';

const data = buildCodesExport(assembleSiteData(loadContent(join(FIXTURES, 'good'))), '/ethics/', new Date(0));
const ORIGIN = 'https://example.org';

describe('selection links', () => {
  it('round-trips, keeping order and dropping repeats', () => {
    const { refs, malformed } = parseSelection('team:conduct-2, iaps:voluntary,team:conduct-2');
    expect(refs).toEqual([
      { codeId: 'team', clauseId: 'conduct-2' },
      { codeId: 'iaps', clauseId: 'voluntary' },
    ]);
    expect(malformed).toEqual([]);
    expect(serializeSelection(refs)).toBe('team:conduct-2,iaps:voluntary');
  });

  it('reports tokens that are not code:clause instead of dropping them', () => {
    expect(parseSelection('iaps:voluntary,nonsense,Team:X,').malformed).toEqual(['nonsense', 'Team:X']);
    expect(parseSelection(null)).toEqual({ refs: [], malformed: [] });
  });

  it('toggles and moves', () => {
    const a = { codeId: 'a', clauseId: '1' };
    const b = { codeId: 'b', clauseId: '2' };
    expect(toggleRef([a], b)).toEqual([a, b]);
    expect(toggleRef([a, b], a)).toEqual([b]);
    expect(moveItem([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
  });
});

describe('handouts', () => {
  const { refs } = parseSelection('team:conduct-1,iaps:voluntary,team:gone,ghost:x,team:conduct-2');
  const resolved = resolveSelection(refs, data);

  it('resolves known clauses and reports unknown or stale ones in link order', () => {
    expect(resolved.items.map((item) => item.key)).toEqual([
      'team:conduct-1',
      'iaps:voluntary',
      'team:conduct-2',
    ]);
    expect(resolved.unknown).toEqual(['team:gone', 'ghost:x']);
  });

  it('groups by code in the order the reader chose', () => {
    const groups = groupItems(resolved.items, 'code', data.themes);
    expect(groups.map((group) => [group.label, group.items.map((item) => item.clause.id)])).toEqual([
      ['Fixture Team Code', ['conduct-1', 'conduct-2']],
      ['Fixture IAPS Values', ['voluntary']],
    ]);
  });

  it('groups by theme, putting a many-theme clause with the theme most of the selection shares', () => {
    // conduct-2 addresses consent and hope; hope is shared by two selected clauses, consent by two as well,
    // so the tie goes to its own first theme (consent). Add another hope clause and it moves to hope.
    const groups = groupItems(resolved.items, 'theme', data.themes);
    expect(groups.map((group) => [group.id, group.items.map((item) => item.key)])).toEqual([
      ['hope', ['team:conduct-1']],
      ['consent', ['iaps:voluntary', 'team:conduct-2']],
    ]);
    const more = resolveSelection(
      parseSelection('team:conduct-1,iaps:hopeful,team:conduct-2').refs,
      data,
    ).items;
    expect(groupItems(more, 'theme', data.themes)).toEqual([
      expect.objectContaining({ id: 'hope', label: 'Hope', items: more }),
    ]);
  });

  const retrieved = new Date('2026-03-04T12:00:00Z');

  it('cites each clause in APA 7th at its clause page, plain and rich; an undated code gets a retrieval date', () => {
    const groups = groupItems(resolved.items, 'code', data.themes);
    const { text, html } = allCitations(groups, ORIGIN, retrieved);
    expect(text.split('\n')).toEqual([
      'Fixture agency. (n.d.). Fixture Team Code (Conduct 1). Retrieved March 4, 2026, from https://example.org/ethics/codes/team/conduct-1/',
      'Fixture agency. (n.d.). Fixture Team Code (Conduct 2). Retrieved March 4, 2026, from https://example.org/ethics/codes/team/conduct-2/',
      'Fixture body. (n.d.). Fixture IAPS Values (1). Retrieved March 4, 2026, from https://example.org/ethics/codes/iaps/voluntary/',
      '',
    ]);
    expect(text).not.toContain('#');
    expect(html).toContain(
      '<p>Fixture agency. (n.d.). <i>Fixture Team Code</i> (Conduct 1). Retrieved March 4, 2026, from <a href="https://example.org/ethics/codes/team/conduct-1/">https://example.org/ethics/codes/team/conduct-1/</a></p>',
    );
    expect(html.match(/<p>/g)).toHaveLength(3);
  });

  it('points each item at the clause page that paths.clausePage makes', () => {
    for (const item of resolved.items)
      expect(item.pageUrl).toBe(withBase(paths.clausePage(item.codeId, item.clause.id), '/ethics/'));
  });

  it('writes Markdown with a heading per group, the quoted text and the APA citation', () => {
    const markdown = handoutMarkdown(
      'Boundaries',
      groupItems(resolved.items, 'code', data.themes),
      ORIGIN,
      retrieved,
    );
    expect(markdown).toContain(
      '# Boundaries\n\n## Fixture Team Code\n\n### Fixture Team Code: Conduct 1.\n\n> First item.\n\n',
    );
    expect(markdown).toContain(
      'Fixture body. (n.d.). *Fixture IAPS Values* (1). Retrieved March 4, 2026, from <https://example.org/ethics/codes/iaps/voluntary/>',
    );
  });

  it('escapes clause text that would otherwise become Markdown', () => {
    expect(escapeMarkdown('1. a *b* <c> [d]')).toBe('1\\. a \\*b\\* \\<c\\> \\[d\\]');
  });

  it('writes CSV with one row per clause and a citation column', () => {
    const rows = parseCsv(
      handoutCsv(groupItems(resolved.items, 'theme', data.themes), ORIGIN, new Date('2026-03-04T12:00:00Z')),
    );
    expect(rows[0]).toEqual(HANDOUT_CSV_HEADER);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'Hope',
      'team',
      'conduct-1',
      'Fixture Team Code',
      'Fixture agency',
      'Conduct',
      '1.',
      'hope',
      'https://example.org/ethics/codes/team/conduct-1/',
      'First item.',
      'Fixture agency. (n.d.). Fixture Team Code (Conduct 1). Retrieved March 4, 2026, from https://example.org/ethics/codes/team/conduct-1/',
      '',
      '2026-03-04',
      REFERENCE_NOTICE,
    ]);
  });

  it('says where the handout comes from: date, each code with its issuer, and that it is not legal advice', () => {
    const groups = groupItems(resolved.items, 'code', data.themes);
    const markdown = handoutMarkdown('Boundaries', groups, ORIGIN, new Date('2026-03-04T12:00:00Z'));
    expect(markdown).toContain(
      '## Sources\n\n- Fixture Team Code, issued by Fixture agency\n- Fixture IAPS Values, issued by Fixture body\n',
    );
    expect(markdown).toContain(
      '_Made on 2026-03-04 with Peer Ethics Crosswalk. Peer Ethics Crosswalk is a reference, not legal advice',
    );
    expect(REFERENCE_NOTICE).toMatch(/not legal advice/);
    expect(handoutCsv(groups, ORIGIN).startsWith('\uFEFF')).toBe(true);
  });
});

describe('lead-ins in handouts', () => {
  const real = buildCodesExport(assembleSiteData(loadContent(REAL_CONTENT)), '/', new Date(0));
  const { items } = resolveSelection(
    parseSelection('peer-support-team:item-11,alaska-psp:values-1').refs,
    real,
  );

  it('puts the lead-in before a clause that completes it, in the page, the Markdown and the CSV', () => {
    expect(items[0]!.text).toBe(
      'Peer support team members: do not utilize their peer support role for personal gain or advantage.',
    );
    expect(items[1]!.text).toBe(items[1]!.clause.text);
    const groups = groupItems(items, 'code', real.themes);
    expect(handoutMarkdown('T', groups, ORIGIN)).toContain('> Peer support team members: do not utilize');
    const rows = parseCsv(handoutCsv(groups, ORIGIN));
    expect(rows[1]![HANDOUT_CSV_HEADER.indexOf('lead_in')]).toBe('Peer support team members:');
  });

  it('dates a dated code’s APA citation from its adoption, with no retrieval date, and marks an issuer we identified', () => {
    const citation = itemCitation(items[1]!, ORIGIN).text;
    expect(citation).toMatch(
      /^Alaska Commission for Behavioral Health Certification \(ACBHC\), Peer Support Advisory Board \(our identification\)\. \(2020, September 21\)\. Code of Ethics for Alaska Peer Support Professionals \(.+\)\. https:\/\/example\.org\/codes\/alaska-psp\/values-1\/$/,
    );
  });
});

describe('QR codes', () => {
  it('merges runs of dark modules into one rectangle each', () => {
    expect(matrixPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
  });

  it('decodes back to the permalink', () => {
    const url = 'https://example.org/ethics/codes/alaska-psp/#conflicts-3';
    const { size, d } = qrPath(url);
    // Rasterise the path (4 px per module) and read it with an independent decoder.
    const scale = 4;
    const pixels = new Uint8ClampedArray(size * scale * size * scale * 4).fill(255);
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < Number(w) * scale; dx++) {
          const offset = ((Number(y) * scale + dy) * size * scale + Number(x) * scale + dx) * 4;
          pixels.fill(0, offset, offset + 3);
        }
    }
    expect(jsQR(pixels, size * scale, size * scale)?.data).toBe(url);
  });
});
