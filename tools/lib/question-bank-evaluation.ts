// Leave-one-question-out over the reader questions: each question of the bank is read by the query layer
// prepared without it (questions-read-alone.ts), and the theme or scenario it belongs to should come first; a
// scenario's question should show its scenario on the page, and a theme's question no scenario off its theme. A
// development measure for the whole-question and scenario settings (lib/search/questions.ts, understand.ts,
// topics.ts) that needs no evaluation set: the evaluation sets in tests/fixtures/ measure the search once a setting
// is chosen, and are never tuned to.
import type { SearchKnowledge } from '../../src/lib/search/knowledge';
import { PAGE_SCENARIOS, matchScenarios } from '../../src/lib/search/topics';
import type { QuestionReading } from './questions-read-alone';

export interface QuestionBankEvaluation {
  /** Reader questions of themes. */
  themeQuestions: number;
  /** ...whose query plan names their own theme first. */
  themeFirst: number;
  /** ...whose plan names their own theme at all. */
  themeNamed: number;
  /** ...whose plan names another theme first: a confident wrong answer. */
  themeWrongFirst: number;
  /** Reader questions of scenarios. */
  scenarioQuestions: number;
  /** ...whose strongest matched scenario is their own. */
  scenarioFirst: number;
  /** ...whose strongest matched scenario is another. */
  scenarioWrongFirst: number;
  /** ...whose own scenario is among those the search page shows (its three best that fit). */
  scenarioShown: number;
  /** Theme questions for which the page shows a scenario not on their theme: noise beside the answer. */
  themeOffTopicScenario: number;
}

export function evaluateQuestionBank(
  knowledge: SearchKnowledge,
  readings: readonly QuestionReading[],
): QuestionBankEvaluation {
  const result: QuestionBankEvaluation = {
    themeQuestions: 0,
    themeFirst: 0,
    themeNamed: 0,
    themeWrongFirst: 0,
    scenarioQuestions: 0,
    scenarioFirst: 0,
    scenarioWrongFirst: 0,
    scenarioShown: 0,
    themeOffTopicScenario: 0,
  };
  const themesOf = new Map(knowledge.scenarios.map((scenario) => [scenario.id, scenario.themes]));
  for (const { question, plan, themes } of readings) {
    const shown = matchScenarios({ ...plan, themes }, knowledge, PAGE_SCENARIOS);
    if (question.kind === 'theme') {
      if (shown.some((scenario) => !themesOf.get(scenario.id)!.includes(question.id)))
        result.themeOffTopicScenario += 1;
      result.themeQuestions += 1;
      const first = plan.themes[0]?.id;
      if (first === question.id) result.themeFirst += 1;
      else if (first !== undefined) result.themeWrongFirst += 1;
      if (plan.themes.some((theme) => theme.id === question.id)) result.themeNamed += 1;
    } else {
      result.scenarioQuestions += 1;
      const first = plan.owners.find((owner) => owner.kind === 'scenario')?.id;
      if (first === question.id) result.scenarioFirst += 1;
      else if (first !== undefined) result.scenarioWrongFirst += 1;
      if (shown.some((scenario) => scenario.id === question.id)) result.scenarioShown += 1;
    }
  }
  return result;
}

/** The evaluation as the script prints it. */
export function formatQuestionBankEvaluation(evaluation: QuestionBankEvaluation): string {
  const share = (part: number, whole: number) => `${whole === 0 ? 0 : ((part / whole) * 100).toFixed(1)}%`;
  const e = evaluation;
  return [
    `Leave-one-question-out over ${e.themeQuestions + e.scenarioQuestions} reader questions`,
    `theme questions: ${e.themeQuestions}; own theme first ${e.themeFirst} (${share(e.themeFirst, e.themeQuestions)}), ` +
      `named ${e.themeNamed} (${share(e.themeNamed, e.themeQuestions)}), another theme first ${e.themeWrongFirst}`,
    `scenario questions: ${e.scenarioQuestions}; own scenario first ${e.scenarioFirst} ` +
      `(${share(e.scenarioFirst, e.scenarioQuestions)}), another scenario first ${e.scenarioWrongFirst}`,
    `scenarios shown: own scenario on the page for ${e.scenarioShown} of ${e.scenarioQuestions} scenario questions; ` +
      `a scenario not on the theme for ${e.themeOffTopicScenario} of ${e.themeQuestions} theme questions`,
  ].join('\n');
}
