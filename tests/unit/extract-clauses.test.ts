import { describe, expect, it } from 'vitest';
import { extractClauses } from '../../src/lib/content/extract-clauses';

const mdx = `Intro paragraph.

## Conflicts of Interest

As a Peer Support Professional:

<Clause id="conflicts-1" label="1." themes="gifts-money personal-gain" touches="law-policy" aliases="old-id">
First sentence with *emphasis*.

Second paragraph.
</Clause>

## Conduct

<Clause id="conduct-1" label="1." themes="supervision">
Text.
</Clause>
`;

describe('extractClauses', () => {
  const result = extractClauses(mdx, 'codes/x.mdx');

  it('reads every clause in order with its metadata', () => {
    expect(result.problems).toEqual([]);
    expect(result.clauses.map((clause) => clause.id)).toEqual(['conflicts-1', 'conduct-1']);
    const [first] = result.clauses;
    expect(first).toMatchObject({
      label: '1.',
      section: 'Conflicts of Interest',
      sectionId: 'conflicts-of-interest',
      leadIn: 'As a Peer Support Professional:',
      themes: ['gifts-money', 'personal-gain'],
      touches: ['law-policy'],
      aliases: ['old-id'],
      text: 'First sentence with emphasis.\n\nSecond paragraph.',
      line: 7,
    });
  });

  it('derives the lead-in from a colon paragraph above, until the next heading or running text', () => {
    expect(result.clauses[1]?.leadIn).toBeNull();
    const { clauses } = extractClauses(
      'Members:\n\n<Clause id="a" label="1." themes="x">\none\n</Clause>\n\n<Clause id="b" label="2." themes="x">\ntwo\n</Clause>\n\nA plain paragraph.\n\n<Clause id="c" label="3." themes="x">\nthree\n</Clause>\n',
      'codes/y.mdx',
    );
    expect(clauses.map((clause) => clause.leadIn)).toEqual(['Members:', 'Members:', null]);
  });

  it('gives each clause the section of the heading above it', () => {
    expect(result.clauses[1]?.section).toBe('Conduct');
    expect(result.headingIds).toEqual(['conflicts-of-interest', 'conduct']);
  });

  it('has no section before the first heading', () => {
    const { clauses } = extractClauses('<Clause id="a" label="1." themes="t">\nA.\n</Clause>', 'f.mdx');
    expect(clauses[0]?.section).toBeNull();
  });

  it('refuses expression attributes and unknown attributes, naming the line', () => {
    const { problems } = extractClauses(
      '\n<Clause id={"a"} label="1." theme="t">\nA.\n</Clause>',
      'codes/y.mdx',
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'line 2: <Clause> attribute "id" must be a plain "string"',
      'line 2: <Clause> has an unknown attribute "theme"',
    ]);
  });
});

describe('textWithLeadIn', () => {
  it('puts the lead-in before the text, and leaves a clause without one as it is', async () => {
    const { textWithLeadIn } = await import('../../src/lib/content/lead-in');
    expect(textWithLeadIn({ leadIn: 'Members:', text: 'do not lie.' })).toBe('Members: do not lie.');
    expect(textWithLeadIn({ leadIn: null, text: 'I will not lie.' })).toBe('I will not lie.');
  });
});
