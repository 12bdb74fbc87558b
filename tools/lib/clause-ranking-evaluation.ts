// Leave-one-question-out over the reader questions, for the clauses they are shown: each question is read by the
// query layer prepared without it (questions-read-alone.ts), its clauses ranked as the search page ranks them (lib/search/evidence.ts,
// rank.ts) over the in-memory index (lib/search/memory-index.ts: whole stems, no prefixes, every match alike), and
// the first clause should be one its page stands on: for a theme's question, a clause addressing the theme; for a
// scenario's, a clause the scenario cites. The development measure for how scenarios lift their clauses
// (`ScenarioLift`), so that the evaluation sets in tests/fixtures/ only measure.
import type { SiteData } from '../../src/lib/content/model';
import {
  SCENARIO_LIFT,
  queryEvidence,
  trustedScenarios,
  type ScenarioLift,
} from '../../src/lib/search/evidence';
import type { SearchKnowledge } from '../../src/lib/search/knowledge';
import { memoryIndex } from '../../src/lib/search/memory-index';
import { aboveFloor, rankClauses } from '../../src/lib/search/rank';
import { PAGE_SCENARIOS, matchScenarios } from '../../src/lib/search/topics';
import type { QuestionReading } from './questions-read-alone';

export interface ClauseRankingCounts {
  questions: number;
  /** ...whose first clause is one their page stands on. */
  first: number;
  /** ...with such a clause among the first three. */
  firstThree: number;
  /** ...with clauses, none of the first three such a clause. */
  wrong: number;
}

export interface ClauseRankingEvaluation {
  themes: ClauseRankingCounts;
  scenarios: ClauseRankingCounts;
}

export function evaluateClauseRanking(
  site: Pick<SiteData, 'codes' | 'scenarios'>,
  knowledge: SearchKnowledge,
  readings: readonly QuestionReading[],
  lift: ScenarioLift = SCENARIO_LIFT,
): ClauseRankingEvaluation {
  const index = memoryIndex(site.codes, site.scenarios);
  const counts = (): ClauseRankingCounts => ({ questions: 0, first: 0, firstThree: 0, wrong: 0 });
  const result: ClauseRankingEvaluation = { themes: counts(), scenarios: counts() };
  for (const { question, plan, themes } of readings) {
    const trusted = trustedScenarios(
      plan,
      matchScenarios({ ...plan, themes }, knowledge, PAGE_SCENARIOS),
      lift,
    );
    const ranked = plan.known
      ? aboveFloor(
          rankClauses(
            queryEvidence(
              plan,
              themes,
              {
                all: plan.allWords ? index.lookup(plan.allWords) : null,
                terms: plan.terms.map((term) => index.lookup(term.text)),
                themes: themes.map((theme) => index.onTheme(theme.id)),
                cited: trusted.map((scenario) => index.citedBy(scenario.id)),
              },
              lift,
            ),
            index.clauses,
          ),
        )
      : [];
    // What the question's page stands on: the theme's clauses, or the scenario's cited clauses.
    const accepted = new Set(
      (question.kind === 'theme' ? index.onTheme(question.id) : index.citedBy(question.id)).map(
        (hit) => hit.id,
      ),
    );
    const tally = question.kind === 'theme' ? result.themes : result.scenarios;
    tally.questions += 1;
    const firstThree = ranked.slice(0, 3).map((clause) => accepted.has(clause.id));
    if (firstThree[0]) tally.first += 1;
    if (firstThree.some(Boolean)) tally.firstThree += 1;
    else if (ranked.length > 0) tally.wrong += 1;
  }
  return result;
}

/** The evaluation as the script prints it. */
export function formatClauseRanking(evaluation: ClauseRankingEvaluation): string {
  const line = (name: string, c: ClauseRankingCounts) =>
    `${name}: ${c.questions}; a clause it stands on first ${c.first}, in the first three ${c.firstThree}, ` +
    `none in the first three ${c.wrong}`;
  return [
    'Clauses shown, leave-one-question-out',
    line('theme questions', evaluation.themes),
    line('scenario questions', evaluation.scenarios),
  ].join('\n');
}
