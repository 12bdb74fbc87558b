// Results beside the clauses: the theme a query names (a topic result that leads), scenarios that fit
// (after the clauses), and, when nothing matches, the closest themes. Pure.
import type { KnowledgeScenario, KnowledgeTheme, SearchKnowledge } from './knowledge';
import type { QueryPlan } from './understand';
import { editDistance, stemKey, tokenize } from './words';
import { STOP_WORDS } from './understand';

/** The themes a query names, strongest first: each leads the results as a topic. */
export function namedThemes(plan: QueryPlan, knowledge: SearchKnowledge, limit: number): KnowledgeTheme[] {
  const byId = new Map(knowledge.themes.map((theme) => [theme.id, theme]));
  return plan.themes.flatMap(({ id }) => byId.get(id) ?? []).slice(0, limit);
}

/** Words in scenario titles that say nothing about which scenario fits. */
const GENERIC = new Set(
  [
    'peer',
    'support',
    'supporter',
    'specialist',
    'team',
    'member',
    'person',
    'people',
    'someone',
    'you',
    'your',
  ].map(stemKey),
);

/** Minimum score for a scenario to be offered: a shared central theme plus a word, or several of either. */
const SCENARIO_THRESHOLD = 2.5;

function scenarioScore(plan: QueryPlan, scenario: KnowledgeScenario): number {
  let score = 0;
  for (const { id, weight } of plan.themes) {
    const place = scenario.themes.indexOf(id);
    if (place === 0) score += 1.5 * weight;
    else if (place > 0) score += 0.5 * weight;
  }
  const words = new Set(
    tokenize(`${scenario.title} ${scenario.summary}`)
      .filter((word) => !STOP_WORDS.has(word))
      .map(stemKey),
  );
  for (const stem of plan.stems) if (!GENERIC.has(stem) && words.has(stem)) score += 1;
  // A reader question of the scenario matched whole: strength 0.5 alone reaches the threshold.
  const asked = plan.owners.find((owner) => owner.kind === 'scenario' && owner.id === scenario.id);
  if (asked) score += QUESTION_SCENARIO_WEIGHT * asked.strength;
  return score;
}

/** How much a whole-question match counts toward a scenario, times its strength (0 to 1). */
const QUESTION_SCENARIO_WEIGHT = 5;

/** How many scenarios the search page shows beside its results (the header's drop-down shows one). */
export const PAGE_SCENARIOS = 3;

/** Scenarios that fit the query, best first. */
export function matchScenarios(
  plan: QueryPlan,
  knowledge: SearchKnowledge,
  limit: number,
): KnowledgeScenario[] {
  return knowledge.scenarios
    .map((scenario) => ({ scenario, score: scenarioScore(plan, scenario) }))
    .filter(({ score }) => score >= SCENARIO_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ scenario }) => scenario);
}

/** Scenarios to offer when no clause passes: those whose reader questions come closest, best first. */
export function closestScenarios(
  plan: QueryPlan,
  knowledge: SearchKnowledge,
  limit: number,
): KnowledgeScenario[] {
  const byId = new Map(knowledge.scenarios.map((scenario) => [scenario.id, scenario]));
  return plan.owners
    .filter((owner) => owner.kind === 'scenario')
    .flatMap((owner) => byId.get(owner.id) ?? [])
    .slice(0, limit);
}

/**
 * For a query that found nothing: themes with a word that looks like one of the query's (same start, or a
 * couple of letters off), most alike first. May be empty; the UI then offers the list of all themes.
 */
export function closestThemes(query: string, knowledge: SearchKnowledge, limit: number): KnowledgeTheme[] {
  const words = tokenize(query).filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
  const scored = knowledge.themes.map((theme) => {
    let best = 0;
    for (const phraseWord of theme.phrases.flatMap((phrase) => tokenize(phrase))) {
      for (const word of words) {
        if (phraseWord.length < 3) continue;
        let shared = 0;
        while (shared < Math.min(word.length, phraseWord.length) && word[shared] === phraseWord[shared])
          shared++;
        const distance = editDistance(word, phraseWord, 3);
        const similarity = Math.max(
          shared >= 4 ? shared / Math.max(word.length, phraseWord.length) + 0.5 : 0,
          distance <= 3 ? 1 - distance / 4 : 0,
        );
        best = Math.max(best, similarity);
      }
    }
    return { theme, best };
  });
  return scored
    .filter(({ best }) => best >= 0.5)
    .sort((a, b) => b.best - a.best)
    .slice(0, limit)
    .map(({ theme }) => theme);
}
