// Leave-one-question-out for the clauses shown (tools/lib/clause-ranking-evaluation.ts): a scenario's reader
// question that fits well enough ranks the clauses the scenario cites first; without the lift, the clause sharing
// the question's word leads.
import { describe, expect, it } from 'vitest';
import type { Code, Scenario } from '../../src/lib/content/model';
import { SCENARIO_LIFT } from '../../src/lib/search/evidence';
import type { SearchKnowledge } from '../../src/lib/search/knowledge';
import type { BankQuestion } from '../../src/lib/search/questions';
import { evaluateClauseRanking, formatClauseRanking } from '../../tools/lib/clause-ranking-evaluation';
import { readQuestionsAlone } from '../../tools/lib/questions-read-alone';

const clause = (id: string, text: string, themes: string[]) => ({ id, text, themes, touches: [] });
const codes = [
  {
    id: 'c',
    clauses: [
      clause('1', 'I will not accept gifts or loans.', ['gifts']),
      clause('2', 'A present of any kind is declined.', ['gifts']),
      clause('3', 'Mark the milestones of those you serve with them.', ['milestones']),
      clause('4', 'What is shared stays private.', ['privacy']),
    ],
  },
] as unknown as Code[];
const scenarios = [{ id: 'graduation', data: { clauses: ['c:3'] } }] as unknown as Scenario[];
const questions: BankQuestion[] = [
  { text: 'Can I accept a gift card?', kind: 'theme', id: 'gifts' },
  { text: 'Is a gift card from a client okay?', kind: 'theme', id: 'gifts' },
  { text: 'A present on graduation day?', kind: 'scenario', id: 'graduation' },
  { text: 'Can I take a present at graduation?', kind: 'scenario', id: 'graduation' },
  // Enough other questions that a word in one or two of them is specific (questions.ts).
  ...Array.from({ length: 60 }, (_, n) => ({
    text: `How do I handle situation number ${n}?`,
    kind: 'theme' as const,
    id: 'privacy',
  })),
];
const knowledge = {
  clauses: 4,
  codeCount: 1,
  filler: [],
  lexicon: [],
  themes: ['gifts', 'milestones', 'privacy'].map((id) => ({
    id,
    label: id,
    definition: '',
    phrases: [],
    href: '',
  })),
  scenarios: [{ id: 'graduation', title: 'Graduation day', href: '', summary: '', themes: ['milestones'] }],
  vocabulary: [],
  questions,
  common: [],
} as unknown as SearchKnowledge;

describe('clause ranking, leave-one-question-out', () => {
  const readings = readQuestionsAlone(knowledge, []);
  const lifted = evaluateClauseRanking({ codes, scenarios }, knowledge, readings);

  it('counts every question once, by kind', () => {
    expect(lifted.themes.questions).toBe(62);
    expect(lifted.scenarios.questions).toBe(2);
  });

  it('ranks a trusted scenario’s cited clause first', () => {
    expect(lifted.scenarios.first).toBe(2);
    // Each gifts question finds a gifts clause through the other's words.
    expect(lifted.themes.first).toBe(2);
  });

  it('without the lift, the clause sharing the word "present" leads instead', () => {
    const unlifted = evaluateClauseRanking({ codes, scenarios }, knowledge, readings, {
      ...SCENARIO_LIFT,
      trust: 1.1,
    });
    expect(unlifted.scenarios.first).toBe(0);
    expect(unlifted.scenarios.wrong).toBe(2);
  });

  it('prints the figures', () => {
    expect(formatClauseRanking(lifted)).toContain('scenario questions: 2; a clause it stands on first 2');
  });
});
