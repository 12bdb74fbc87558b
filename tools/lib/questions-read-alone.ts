// Each reader question read by the query layer prepared without it (leave-one-question-out): what both development
// measures of search start from (question-bank-evaluation.ts, clause-ranking-evaluation.ts), read once for both.
import type { SearchKnowledge } from '../../src/lib/search/knowledge';
import type { BankQuestion } from '../../src/lib/search/questions';
import { THEME_READING, readsWhole, themesRead, type ThemeReading } from '../../src/lib/search/read-themes';
import { prepare, understand, type QueryPlan, type ThemeHit } from '../../src/lib/search/understand';
import { themeReader, type ThemeModel } from '../../src/lib/theme-reading/model';

export interface QuestionReading {
  question: BankQuestion;
  /** The question's plan, with the query layer knowing every other question but not this one. */
  plan: QueryPlan;
  /**
   * The themes looked up and matched against scenarios: the plan's, and those the theme model trained without
   * this question reads it as (lib/search/read-themes.ts), as the search page does.
   */
  themes: ThemeHit[];
}

/** The search's theme model trained without one question (lib/search/theme-model.ts), or none to read without. */
export type ThemeModelWithout = (question: BankQuestion) => ThemeModel;

export function readQuestionsAlone(
  knowledge: SearchKnowledge,
  realWords: readonly string[],
  themeModelWithout?: ThemeModelWithout,
  setting: ThemeReading = THEME_READING,
): QuestionReading[] {
  return knowledge.questions.map((question, index) => {
    const without = prepare({ ...knowledge, questions: knowledge.questions.filter((_, at) => at !== index) });
    for (const word of realWords) without.speller.realWords.add(word);
    const plan = understand(question.text, without);
    // A question too short to be read whole is not: no model need be trained for it.
    const ranking =
      themeModelWithout && readsWhole(plan, setting)
        ? themeReader(themeModelWithout(question)).read(question.text)
        : null;
    return { question, plan, themes: themesRead(plan, ranking, setting) };
  });
}
