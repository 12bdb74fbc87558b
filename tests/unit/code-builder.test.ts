// Drafting a program's own code: coverage against the taxonomy, attributions, the Markdown export, links.
import { REFERENCE_NOTICE } from '../../src/lib/selection/provenance';
import { describe, expect, it } from 'vitest';
import {
  adoptClause,
  decodeDraft,
  draftCoverage,
  dropClause,
  emptyDraft,
  encodeDraft,
  setText,
  themesWithAdoptions,
  unknownSources,
  type SourceClause,
} from '../../src/lib/code-builder/draft';
import { draftMarkdown } from '../../src/lib/code-builder/markdown';
import { themeSources } from '../../src/lib/code-builder/theme-sources';

const source = (codeId: string, clauseId: string, themes: string[], text: string): SourceClause => ({
  ref: `${codeId}:${clauseId}`,
  codeId,
  codeTitle: `Code ${codeId.toUpperCase()}`,
  issuer: `Board ${codeId.toUpperCase()}`,
  name: `${codeId.toUpperCase()}, Conduct ${clauseId}`,
  clause: `Conduct ${clauseId}.`,
  url: `/ethics/codes/${codeId}/#${clauseId}`,
  codeUrl: `/ethics/codes/${codeId}/`,
  themes,
  text,
});
const gifts = source('a', '1', ['gifts', 'boundaries'], 'I will not accept gifts.');
const loans = source('b', '2', ['gifts'], 'I will not lend or borrow.');
const sources = new Map([gifts, loans].map((clause) => [clause.ref, clause]));
const themes = [
  { id: 'gifts', label: 'Gifts' },
  { id: 'boundaries', label: 'Boundaries' },
  { id: 'supervision', label: 'Supervision' },
  { id: 'referral', label: 'Referral' },
];
const ids = themes.map((theme) => theme.id);

describe('draft coverage', () => {
  it('counts a theme covered by an adopted clause on it, and by the other themes that clause addresses', () => {
    const draft = adoptClause(emptyDraft(), 'gifts', gifts);
    expect(draftCoverage(draft, ids, sources)).toEqual({
      covered: ['gifts', 'boundaries'],
      missing: ['supervision', 'referral'],
    });
  });

  it('counts own wording, and not blank wording', () => {
    let draft = setText(emptyDraft(), 'supervision', undefined, 'We meet a supervisor monthly.');
    draft = setText(draft, 'referral', undefined, '   ');
    expect(draftCoverage(draft, ids, sources).covered).toEqual(['supervision']);
    draft = setText(draft, 'supervision', undefined, '');
    expect(draft.entries).toEqual([]);
  });

  it('uncovers a theme when its clause is dropped, or its adapted wording emptied', () => {
    let draft = adoptClause(emptyDraft(), 'gifts', loans);
    expect(draftCoverage(draft, ids, sources).covered).toEqual(['gifts']);
    draft = setText(draft, 'gifts', loans.ref, '');
    expect(draftCoverage(draft, ids, sources).covered).toEqual([]);
    expect(dropClause(draft, 'gifts', loans.ref).entries).toEqual([]);
  });

  it('reports adopted clauses that no longer exist', () => {
    const draft = { title: '', entries: [{ themeId: 'gifts', source: 'a:gone', text: 'x' }] };
    expect(unknownSources(draft, sources)).toEqual(['a:gone']);
  });

  it('holds back entries filed under a theme whose clauses are still loading', () => {
    let draft = adoptClause(emptyDraft(), 'gifts', gifts);
    draft = adoptClause(draft, 'boundaries', { ...gifts, ref: 'a:gone' });
    expect(unknownSources(draft, new Map(), (theme) => theme === 'gifts')).toEqual([gifts.ref]);
    expect(unknownSources(draft, sources, (theme) => theme === 'boundaries')).toEqual(['a:gone']);
    expect(unknownSources(draft, sources, () => false)).toEqual([]);
  });
});

describe('themes to load for a draft', () => {
  it('lists the themes it adopts clauses on, in the order given, not those with only its own wording', () => {
    let draft = adoptClause(emptyDraft(), 'gifts', gifts);
    draft = adoptClause(draft, 'referral', loans);
    draft = setText(draft, 'supervision', undefined, 'We meet monthly.');
    expect(themesWithAdoptions(draft, ids)).toEqual(['gifts', 'referral']);
    expect(themesWithAdoptions(draft, ['referral', 'gifts'])).toEqual(['referral', 'gifts']);
    expect(themesWithAdoptions(emptyDraft(), ids)).toEqual([]);
  });
});

describe('draft export', () => {
  let draft = adoptClause(emptyDraft(), 'gifts', gifts);
  draft = adoptClause(draft, 'gifts', loans);
  draft = setText(
    draft,
    'gifts',
    loans.ref,
    'We do not lend money to, or borrow it from, anyone we support.',
  );
  draft = setText(
    draft,
    'gifts',
    undefined,
    'Small thank-you cards are fine.\n\nAsk a supervisor about anything else.',
  );
  draft = { ...draft, title: 'Harbor Peer Team Code' };
  const markdown = draftMarkdown(draft, themes, sources, 'https://example.org');

  it('writes each theme with its clauses, attributing quoted and adapted ones, own wording last', () => {
    expect(markdown).toContain('# Harbor Peer Team Code\n');
    expect(markdown).toContain(
      '## Gifts\n\n1. I will not accept gifts.\n\n   _(From A, Conduct 1)_\n\n' +
        '2. We do not lend money to, or borrow it from, anyone we support.\n\n   _(Adapted from B, Conduct 2)_\n\n' +
        '3. Small thank-you cards are fine.\n\n   Ask a supervisor about anything else.\n',
    );
    expect(markdown).not.toContain('## Supervision');
  });

  it('names every code a clause came from, with citations and absolute links', () => {
    const sourcesSection = markdown.slice(markdown.indexOf('## Sources'));
    expect(sourcesSection).toContain(
      '- Code A. Board A. <https://example.org/ethics/codes/a/>\n  - Quoted: Code A. Conduct 1. https://example.org/ethics/codes/a/#1',
    );
    expect(sourcesSection).toContain(
      '- Code B. Board B. <https://example.org/ethics/codes/b/>\n  - Adapted: Code B. Conduct 2. https://example.org/ethics/codes/b/#2',
    );
  });

  it('ends with the date and the notice that the site is a reference, not legal advice', () => {
    const dated = draftMarkdown(
      draft,
      themes,
      sources,
      'https://example.org',
      new Date('2026-03-04T00:00:00Z'),
    );
    expect(dated.trimEnd().split('\n').at(-1)).toBe(
      `_Made on 2026-03-04 with Peer Ethics Crosswalk. ${REFERENCE_NOTICE}_`,
    );
  });

  it('round-trips through a link, including non-ASCII text, and rejects mangled links', () => {
    const withAccents = setText(draft, 'referral', undefined, 'Référer — “toujours” 🙂');
    expect(decodeDraft(encodeDraft(withAccents))).toEqual(withAccents);
    expect(encodeDraft(draft)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDraft('not a draft')).toBeNull();
    expect(decodeDraft(encodeDraft(draft).slice(0, 20))).toBeNull();
  });
});

describe('a theme file as source clauses', () => {
  it('gives the builder each clause with its code, names, themes and paragraphs as one text', () => {
    const [clause] = themeSources({
      id: 'gifts',
      label: 'Gifts',
      url: '/themes/gifts/',
      clauses: [
        {
          ref: 'a:1',
          codeId: 'a',
          codeTitle: 'Code A',
          codeShortTitle: 'A',
          issuer: 'Board A',
          codeUrl: '/codes/a/',
          clauseId: '1',
          clause: 'Conduct 1.',
          name: 'A, Conduct 1.',
          themes: ['gifts', 'boundaries'],
          paragraphs: ['Members: I will not accept gifts.', 'Nor lend.'],
          url: '/codes/a/#1',
        },
      ],
    });
    expect(clause).toEqual({
      ref: 'a:1',
      codeId: 'a',
      codeTitle: 'Code A',
      issuer: 'Board A',
      name: 'A, Conduct 1.',
      clause: 'Conduct 1.',
      url: '/codes/a/#1',
      codeUrl: '/codes/a/',
      themes: ['gifts', 'boundaries'],
      text: 'Members: I will not accept gifts.\n\nNor lend.',
    });
  });
});
