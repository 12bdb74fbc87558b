// Every omission in a scenario is a decision: the clauses the site's search and tag suggester propose for a
// scenario are cited or considered with a reason, or the build fails naming them.
import { describe, expect, it } from 'vitest';
import { assembleSiteData, ContentError } from '../../src/lib/content/assemble';
import { checkScenarioCoverage, type ScenarioForCoverage } from '../../src/lib/own-words/scenario-coverage';
import { clauseProposer, PROPOSALS_PER_SCENARIO } from '../../src/lib/own-words/scenario-proposals';
import { loadContent, REAL_CONTENT } from '../support/content';

const raw = loadContent(REAL_CONTENT);
const site = assembleSiteData(raw);
const propose = clauseProposer(site, raw.lexicon!);

const seeded: ScenarioForCoverage = {
  file: 'scenarios/seeded.mdx',
  title: 'A person offers a gift card and asks to borrow money',
  summary:
    'After a session, the person hands their peer supporter a gift card and asks to borrow money for rent.',
  body: 'She says the gift is a thank-you, and that she will pay back the loan next month.',
  questions: ['Would accepting the gift change anything?', 'What would you say about the loan?'],
  clauses: ['alaska-psp:conflicts-3'],
  considered: [],
};

describe('the proposer', () => {
  it('proposes at most ten clauses of the site, best first, from the words of the text', () => {
    const proposed = propose([seeded.title, seeded.summary, seeded.body, ...seeded.questions]);
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.length).toBeLessThanOrEqual(PROPOSALS_PER_SCENARIO);
    const known = new Set(
      site.codes.flatMap((code) => code.clauses.map((clause) => `${code.id}:${clause.id}`)),
    );
    for (const clause of proposed) expect(known.has(clause), clause).toBe(true);
    // The gift and loan clauses are what a reader searching with these words would be shown.
    expect(proposed).toEqual(expect.arrayContaining(['alaska-psp:conflicts-3', 'dbhds-cprs:conduct-4']));
  });
});

describe('checkScenarioCoverage', () => {
  it('fails a seeded scenario on each proposed clause that is neither cited nor considered, naming it', () => {
    const problems = checkScenarioCoverage([seeded], site, propose);
    const proposed = propose([`${seeded.title}. ${seeded.summary}`, seeded.body, ...seeded.questions]);
    const missing = proposed.filter((clause) => !seeded.clauses.includes(clause));
    expect(missing.length).toBeGreaterThan(0);
    expect(problems.map((problem) => problem.message)).toEqual(
      missing.map((clause) => expect.stringContaining(`propose ${clause} for this scenario`)),
    );
    expect(problems.every((problem) => problem.file === 'scenarios/seeded.mdx')).toBe(true);
  });

  it('passes once each is considered with a reason; rejects a considered clause that does not exist or is cited', () => {
    const proposed = propose([`${seeded.title}. ${seeded.summary}`, seeded.body, ...seeded.questions]);
    const considered = proposed
      .filter((clause) => !seeded.clauses.includes(clause))
      .map((clause) => ({ clause, reason: 'not what it turns on' }));
    expect(checkScenarioCoverage([{ ...seeded, considered }], site, propose)).toEqual([]);
    const bad = checkScenarioCoverage(
      [
        {
          ...seeded,
          considered: [
            ...considered,
            { clause: 'alaska-psp:nowhere', reason: 'x' },
            { clause: 'alaska-psp:conflicts-3', reason: 'x' },
          ],
        },
      ],
      site,
      propose,
    );
    expect(bad.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/"alaska-psp:nowhere" is no clause/),
      expect.stringMatching(/"alaska-psp:conflicts-3" is also in clauses/),
    ]);
  });

  it('stops the build on a real scenario that drops a clause it turns on', () => {
    const scenarios = raw.scenarios!.map((scenario) =>
      scenario.id === 'crewmate-after-a-call'
        ? {
            ...scenario,
            data: {
              ...scenario.data,
              clauses: scenario.data.clauses.filter((clause) => clause !== 'peer-support-team:item-16'),
            },
          }
        : scenario,
    );
    expect(() => assembleSiteData({ ...raw, scenarios })).toThrow(ContentError);
    expect(() => assembleSiteData({ ...raw, scenarios })).toThrow(
      /scenarios\/crewmate-after-a-call\.mdx: .*propose peer-support-team:item-16/,
    );
  });

  it('passes the real scenarios', () => {
    expect(site.scenarios.length).toBeGreaterThan(0);
    const crewmate = site.scenarios.find((scenario) => scenario.id === 'crewmate-after-a-call')!;
    expect(crewmate.data.clauses).toEqual(
      expect.arrayContaining(['peer-support-team:item-16', 'peer-support-team:item-5']),
    );
  });
});

describe('weighedAgainst: the codes a scenario was weighed against', () => {
  const texts = [`${seeded.title}. ${seeded.summary}`, seeded.body, ...seeded.questions];

  it('proposes only those codes’ clauses, so a code published later does not fail older scenarios', () => {
    const proposed = propose(texts, ['alaska-psp']);
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.every((clause) => clause.startsWith('alaska-psp:'))).toBe(true);
    expect(propose(texts)).toEqual(expect.arrayContaining(['dbhds-cprs:conduct-4']));
  });

  it('gives the same proposals for the weighed codes whatever other codes the site holds', () => {
    const fewer = { ...site, codes: site.codes.filter((code) => code.id !== 'peer-support-team') };
    const weighed = ['iaps', 'magellan-dbsa', 'dbhds-cprs', 'alaska-psp'];
    expect(clauseProposer(fewer, raw.lexicon!)(texts, weighed)).toEqual(propose(texts, weighed));
  });

  it('names a code in weighedAgainst that does not exist', () => {
    const problems = checkScenarioCoverage(
      [{ ...seeded, weighedAgainst: ['alaska-psp', 'no-such-code'] }],
      site,
      (scenarioTexts, codes) =>
        propose(scenarioTexts, codes).filter((clause) => seeded.clauses.includes(clause)),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('weighedAgainst: "no-such-code" is no code'),
    ]);
  });
});
