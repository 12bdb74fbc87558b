// Evidence references: our own words cite clauses, the build rejects a reference to no clause, a theme note cites
// only clauses tagged on its theme, and no note types which codes are silent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Link, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { assembleSiteData, ContentError } from '../../src/lib/content/assemble';
import { checkNotes, SILENCE_CLAIMS, type CodeForEvidence } from '../../src/lib/own-words/checks';
import { findClauseRefs, renderWithClauseLinks, stripClauseRefs } from '../../src/lib/own-words/refs';
import { ownWordsHtml } from '../../src/lib/own-words/render';
import { remarkClauseLinks } from '../../src/build/remark-clause-links';
import { FIXTURES, REAL_CONTENT, loadContent } from '../support/content';

const codes: CodeForEvidence[] = [
  {
    id: 'alaska-psp',
    clauses: [
      { id: 'conflicts-3', aliases: ['gifts'], themes: ['gifts-money'], touches: [] },
      { id: 'conduct-1', aliases: [], themes: ['supervision'], touches: ['own-wellness'] },
    ],
  },
];

describe('clause references', () => {
  const text = 'Alaska bars giving gifts ([Alaska Conflicts 3](clause:alaska-psp:conflicts-3)) & more <b>.';

  it('finds each reference with its code and clause', () => {
    expect(findClauseRefs(text)).toEqual([
      {
        label: 'Alaska Conflicts 3',
        target: 'alaska-psp:conflicts-3',
        codeId: 'alaska-psp',
        clauseId: 'conflicts-3',
      },
    ]);
    expect(findClauseRefs('[x](clause:Alaska/3)')[0]).toMatchObject({ codeId: '', clauseId: '' });
    expect(findClauseRefs('[x](https://example.org)')).toEqual([]);
  });

  it('reduces references to their labels for plain text', () => {
    expect(stripClauseRefs(text)).toBe('Alaska bars giving gifts (Alaska Conflicts 3) & more <b>.');
  });

  it('renders front-matter text as escaped HTML with links to the permalinks', () => {
    expect(renderWithClauseLinks(text, (ref) => `/x/${ref.codeId}#${ref.clauseId}`)).toBe(
      'Alaska bars giving gifts (<a href="/x/alaska-psp#conflicts-3">Alaska Conflicts 3</a>) &amp; more &lt;b&gt;.',
    );
    expect(ownWordsHtml('[A](clause:alaska-psp:conflicts-3)', '/ethics/')).toBe(
      '<a href="/ethics/codes/alaska-psp/#conflicts-3">A</a>',
    );
    expect(() => ownWordsHtml('[A](clause:nonsense)', '/')).toThrow(/code-id:clause-id/);
  });

  it('are rewritten to permalinks in Markdown by the remark plugin, with the base path', () => {
    const tree = fromMarkdown(
      'See [Conflicts 3](clause:alaska-psp:conflicts-3) and [site](https://example.org).',
    ) as Root;
    remarkClauseLinks({ base: '/ethics/' })(tree, { path: 'themes/gifts-money.md' });
    const links: string[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push((node as Link).url);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(tree);
    expect(links).toEqual(['/ethics/codes/alaska-psp/#conflicts-3', 'https://example.org']);
    const bad = fromMarkdown('[x](clause:alaska-psp)') as Root;
    expect(() => remarkClauseLinks({ base: '/' })(bad, { path: 'themes/x.md' })).toThrow(
      /themes\/x\.md.*clause:alaska-psp/,
    );
  });
});

describe('checkNotes', () => {
  const note = (text: string, themeId?: string) => ({
    file: 'themes/gifts-money.md',
    part: 'comparison note',
    text,
    themeId,
    mustCite: true,
  });

  it('passes a note whose references name clauses tagged on its theme', () => {
    expect(checkNotes([note('Alaska ([3](clause:alaska-psp:conflicts-3)).', 'gifts-money')], codes)).toEqual(
      [],
    );
  });

  it('names the file and the reference when a clause does not exist, or was renamed', () => {
    const problems = checkNotes(
      [
        note(
          '[a](clause:alaska-psp:conflicts-9) [b](clause:nowhere:x) [c](clause:alaska-psp:gifts) [d](clause:alaska)',
        ),
      ],
      codes,
    );
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'themes/gifts-money.md: comparison note: reference "clause:alaska-psp:conflicts-9": code "alaska-psp" has no clause "conflicts-9"',
      'themes/gifts-money.md: comparison note: reference "clause:nowhere:x": no code "nowhere"',
      'themes/gifts-money.md: comparison note: reference "clause:alaska-psp:gifts": "gifts" is a former id; use "clause:alaska-psp:conflicts-3"',
      'themes/gifts-money.md: comparison note: reference "clause:alaska" must be "clause:code-id:clause-id"',
    ]);
  });

  it('rejects a theme note citing a clause not tagged on the theme; a touch counts', () => {
    expect(checkNotes([note('[x](clause:alaska-psp:conduct-1)', 'gifts-money')], codes)[0]?.message).toMatch(
      /not tagged on theme "gifts-money"/,
    );
    expect(checkNotes([note('[x](clause:alaska-psp:conduct-1)', 'own-wellness')], codes)).toEqual([]);
  });

  it.each([
    'IAPS and Magellan say nothing about gifts.',
    'The others are silent.',
    'The team code does not address it.',
    'The other codes leave it unsaid.',
    'IAPS has no referral clause.',
    'Only two codes say where confidentiality ends.',
    'Every other code is quiet.',
  ])('fails a note that claims silence: %s', (claim) => {
    const problems = checkNotes(
      [note(`Alaska ([3](clause:alaska-psp:conflicts-3)). ${claim}`, 'gifts-money')],
      codes,
    );
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/claims silence/)]);
  });

  it('fails a note that cites nothing', () => {
    expect(checkNotes([note('Alaska bars gifts.', 'gifts-money')], codes)[0]?.message).toMatch(
      /cites no clause/,
    );
    expect(checkNotes([{ ...note('A story.'), mustCite: false }], codes)).toEqual([]);
  });
});

describe('the real content', () => {
  const raw = loadContent(REAL_CONTENT);

  it('assembles: every reference in every note, summary and scenario resolves', () => {
    expect(() => assembleSiteData(raw)).not.toThrow();
  });

  it.each(raw.themes.map((theme) => [theme.id, theme.body ?? ''] as const))(
    'theme note %s cites clauses and claims no silence',
    (_id, body) => {
      expect(findClauseRefs(body).length).toBeGreaterThan(0);
      for (const claim of SILENCE_CLAIMS) expect(body).not.toMatch(claim);
    },
  );

  it.each(raw.codes.map((code) => [code.id, code.data.summary] as const))(
    'code summary %s cites clauses and claims no silence',
    (_id, summary) => {
      expect(findClauseRefs(summary).length).toBeGreaterThan(0);
      for (const claim of SILENCE_CLAIMS) expect(summary).not.toMatch(claim);
    },
  );
});

describe('<Cite> references in pages', () => {
  const site = assembleSiteData(loadContent(REAL_CONTENT));
  const pages = ['src/pages/about.astro'];

  it.each(pages)('%s cites only clauses that exist', (page) => {
    const source = readFileSync(join(import.meta.dirname, '../..', page), 'utf8');
    const targets = [...source.matchAll(/<Cite to="([^"]*)"/g)].map((match) => match[1]!);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const [codeId, clauseId] = target.split(':');
      const code = site.codes.find((candidate) => candidate.id === codeId);
      expect(
        code?.clauses.some((clause) => clause.id === clauseId),
        target,
      ).toBe(true);
    }
  });
});

describe('the build gate', () => {
  it('stops on a dangling reference in a theme note, naming the file and the reference', () => {
    const raw = loadContent(join(FIXTURES, 'good'));
    const themes = raw.themes.map((theme) =>
      theme.id === 'hope' ? { ...theme, body: 'Hopeful ([2](clause:iaps:hopefull)).' } : theme,
    );
    expect(() => assembleSiteData({ ...raw, themes })).toThrow(ContentError);
    expect(() => assembleSiteData({ ...raw, themes })).toThrow(
      /themes\/hope\.md: comparison note: reference "clause:iaps:hopefull": code "iaps" has no clause "hopefull"/,
    );
  });

  it('stops on a dangling reference in a code summary', () => {
    const raw = loadContent(join(FIXTURES, 'good'));
    const codes = raw.codes.map((code) =>
      code.id === 'team'
        ? { ...code, data: { ...code.data, summary: 'See [9](clause:team:conduct-9).' } }
        : code,
    );
    expect(() => assembleSiteData({ ...raw, codes })).toThrow(
      /codes\/team\.mdx: summary: reference "clause:team:conduct-9"/,
    );
  });
});
