// What a query's lookups add up to (lib/search/evidence.ts) and the in-memory clause index the scenario check and
// the clause-ranking measure look up in (lib/search/memory-index.ts).
import { describe, expect, it } from 'vitest';
import type { Code, Scenario } from '../../src/lib/content/model';
import { SCENARIO_LIFT, queryEvidence, trustedScenarios } from '../../src/lib/search/evidence';
import { memoryIndex } from '../../src/lib/search/memory-index';
import { ALL_WORDS_WEIGHT } from '../../src/lib/search/rank';
import type { QueryPlan } from '../../src/lib/search/understand';

const plan = (over: Partial<QueryPlan>): QueryPlan => ({
  allWords: '',
  terms: [],
  themes: [],
  stems: ['sergeant', 'squad'],
  corrections: [],
  owners: [],
  known: true,
  ...over,
});
const owner = (kind: 'theme' | 'scenario', id: string, strength: number) => ({
  kind,
  id,
  strength,
  question: '',
});
const scenarios = [{ id: 'sergeant' }, { id: 'ride' }];

describe('trusted scenarios', () => {
  it('trusts a matched scenario whose question fits at least as well as any theme’s, at the trust strength', () => {
    const owners = [owner('scenario', 'sergeant', 0.7), owner('theme', 'supervision', 0.6)];
    expect(trustedScenarios(plan({ owners }), scenarios)).toEqual([{ id: 'sergeant' }]);
  });

  it('does not trust one a theme’s question fits better, one below the trust strength, or a keyword', () => {
    const better = [owner('theme', 'supervision', 0.8), owner('scenario', 'sergeant', 0.7)];
    expect(trustedScenarios(plan({ owners: better }), scenarios)).toEqual([]);
    const weak = [owner('scenario', 'sergeant', SCENARIO_LIFT.trust - 0.01)];
    expect(trustedScenarios(plan({ owners: weak }), scenarios)).toEqual([]);
    const keyword = [owner('scenario', 'sergeant', 1)];
    expect(trustedScenarios(plan({ owners: keyword, stems: ['sergeant'] }), scenarios)).toEqual([]);
    // Only scenarios that were matched can be trusted.
    expect(trustedScenarios(plan({ owners: [owner('scenario', 'other', 1)] }), scenarios)).toEqual([]);
  });
});

describe('query evidence', () => {
  const hit = (id: string) => ({ id, score: 1 });
  it('weighs every lookup as the plan says, the scenarios’ cited clauses alike and less for each later one', () => {
    const evidence = queryEvidence(
      plan({
        allWords: 'gift card',
        terms: [{ text: 'gift', weight: 1 }],
        themes: [{ id: 'gifts', weight: 1.5 }],
      }),
      [{ id: 'gifts', weight: 1.5 }],
      { all: [hit('a')], terms: [[hit('b')]], themes: [[hit('c')]], cited: [[hit('d')], [hit('e')]] },
    );
    expect(evidence.map((item) => [item.weight, item.hits[0]!.id, item.flat ?? false])).toEqual([
      [ALL_WORDS_WEIGHT, 'a', false],
      [1, 'b', false],
      [1.5, 'c', true],
      [SCENARIO_LIFT.weight, 'd', true],
      [SCENARIO_LIFT.weight / 2, 'e', true],
    ]);
  });

  it('leaves out the all-words lookup of a single word: it is that word’s own lookup', () => {
    const evidence = queryEvidence(plan({ allWords: 'gift' }), [], {
      all: [hit('a')],
      terms: [],
      themes: [],
      cited: [],
    });
    expect(evidence).toEqual([]);
  });
});

describe('in-memory clause index', () => {
  const clause = (id: string, text: string, themes: string[]) => ({ id, text, themes, touches: [] });
  const codes = [
    {
      id: 'c',
      clauses: [
        clause('1', 'I will not accept gifts or loans.', ['gifts']),
        clause('2', 'Gifts are logged.', ['records']),
      ],
    },
  ] as unknown as Code[];
  const index = memoryIndex(codes, [
    { id: 's', data: { clauses: ['c:2', 'other:9'] } },
  ] as unknown as Scenario[]);

  it('finds the clauses holding every word of a term, by stem', () => {
    expect(index.clauses).toBe(2);
    expect(index.lookup('gift').map((hit) => hit.id)).toEqual(['c:1', 'c:2']);
    expect(index.lookup('gifts loans').map((hit) => hit.id)).toEqual(['c:1']);
    expect(index.lookup('?')).toEqual([]);
  });

  it('finds a theme’s clauses and the indexed clauses a scenario cites', () => {
    expect(index.onTheme('records').map((hit) => hit.id)).toEqual(['c:2']);
    expect(index.citedBy('s').map((hit) => hit.id)).toEqual(['c:2']);
    expect(index.citedBy('none')).toEqual([]);
  });
});
