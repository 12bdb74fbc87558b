// Leave-one-question-out over the reader questions (tools/lib/question-bank-evaluation.ts): each question is read
// without itself in the bank, so a question no other question resembles names nothing, and one that resembles
// another owner's question counts as a confident wrong answer.
import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../src/lib/search/questions';
import type { SearchKnowledge } from '../../src/lib/search/knowledge';
import { evaluateQuestionBank, formatQuestionBankEvaluation } from '../../tools/lib/question-bank-evaluation';
import { readQuestionsAlone } from '../../tools/lib/questions-read-alone';

const theme = (id: string) => ({ id, label: id, definition: '', phrases: [], href: `/themes/${id}/` });
const questions: BankQuestion[] = [
  { text: 'Can I accept a gift card?', kind: 'theme', id: 'gifts' },
  { text: 'Is a gift card from a client okay?', kind: 'theme', id: 'gifts' },
  { text: 'Is my story kept confidential?', kind: 'theme', id: 'privacy' },
  { text: 'Will my story stay confidential?', kind: 'theme', id: 'privacy' },
  { text: 'Where are the files stored?', kind: 'theme', id: 'records' },
  { text: 'Can I lend a client money?', kind: 'theme', id: 'loans' },
  { text: 'A present on graduation day?', kind: 'scenario', id: 'last-day' },
  { text: 'Can I take a present at graduation?', kind: 'scenario', id: 'last-day' },
  // Enough other questions that a word in one or two of them is specific (questions.ts SPECIFIC_SHARE).
  ...Array.from({ length: 60 }, (_, n) => ({
    text: `How do I handle situation number ${n}?`,
    kind: 'theme' as const,
    id: `other-${n % 5}`,
  })),
];
const knowledge = {
  clauses: 10,
  codeCount: 1,
  filler: [],
  lexicon: [],
  themes: ['gifts', 'privacy', 'records', 'loans', ...[0, 1, 2, 3, 4].map((n) => `other-${n}`)].map(theme),
  scenarios: [
    { id: 'last-day', title: 'Last day', href: '', summary: '', themes: ['gifts'] },
    // Filed under gifts: shown beside the loans question through its title's words, off that question's theme.
    { id: 'lending', title: 'Lend money to a client', href: '', summary: '', themes: ['gifts'] },
  ],
  vocabulary: [],
  questions,
  common: [],
} as unknown as SearchKnowledge;

describe('leave-one-question-out over the reader questions', () => {
  const evaluation = evaluateQuestionBank(knowledge, readQuestionsAlone(knowledge, []));

  it('counts every question once, by kind', () => {
    expect(evaluation.themeQuestions).toBe(66);
    expect(evaluation.scenarioQuestions).toBe(2);
  });

  it('names the owner first when another of its questions shares specific words', () => {
    // Both gifts questions and both privacy questions; the questions sharing only common words name nothing.
    expect(evaluation.themeFirst).toBe(4);
    expect(evaluation.scenarioFirst).toBe(2);
    expect(evaluation.scenarioWrongFirst).toBe(0);
  });

  it('never matches a question to itself: a theme with one question cannot be found from it', () => {
    // "Where are the files stored?" shares no word with another question: nothing named, records least of all.
    // "Can I lend a client money?" shares "client" with a gifts question: a confident wrong answer.
    expect(evaluation.themeWrongFirst).toBe(1);
    expect(evaluation.themeNamed).toBe(4);
  });

  it('counts the scenarios the page shows: its own for a scenario question, one off the theme for a theme question', () => {
    expect(evaluation.scenarioShown).toBe(2);
    // "Can I lend a client money?" shares three title words with the lending scenario, which is not on loans.
    expect(evaluation.themeOffTopicScenario).toBe(1);
  });

  it('prints the figures', () => {
    expect(formatQuestionBankEvaluation(evaluation)).toContain(
      'own theme first 4 (6.1%), named 4 (6.1%), another theme first 1',
    );
  });
});
