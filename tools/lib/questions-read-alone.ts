// Each reader question read by the query layer prepared without it (leave-one-question-out): what both development
// measures of search start from (question-bank-evaluation.ts, clause-ranking-evaluation.ts), read once for both.
import type { SearchKnowledge } from '../../src/lib/search/knowledge';
import type { BankQuestion } from '../../src/lib/search/questions';
import { prepare, understand, type QueryPlan } from '../../src/lib/search/understand';

export interface QuestionReading {
  question: BankQuestion;
  /** The question's plan, with the query layer knowing every other question but not this one. */
  plan: QueryPlan;
}

export function readQuestionsAlone(
  knowledge: SearchKnowledge,
  realWords: readonly string[],
): QuestionReading[] {
  return knowledge.questions.map((question, index) => {
    const without = prepare({ ...knowledge, questions: knowledge.questions.filter((_, at) => at !== index) });
    for (const word of realWords) without.speller.realWords.add(word);
    return { question, plan: understand(question.text, without) };
  });
}
