// What a query's lookups add up to before clauses are ranked (rank.ts). The search page (client/search/
// smart-search.ts) and the offline clause-ranking measure (tools/lib/clause-ranking-evaluation.ts) both build their
// evidence here, so the measure measures what readers get. Pure.
import { ALL_WORDS_WEIGHT, type Evidence, type Hit } from './rank';
import type { QueryPlan, ThemeHit } from './understand';

/** How a matched scenario's cited clauses rank up. */
export interface ScenarioLift {
  /** How much the best-matched scenario's cited clauses count, every one alike (the next ones: half, a third). */
  weight: number;
  /** The least whole-question strength (0 to 1) for a scenario's clauses to rank up at all. */
  trust: number;
}

/**
 * Chosen on the clause-ranking measure (`npm run evaluate-questions`, docs/SEARCH.md): trust 0.4, the least
 * strength a question match has at all (understand.ts), ranked a cited clause first for three more scenario
 * questions than 0.5 and left three fewer with none in the first three, one theme question the other way.
 */
export const SCENARIO_LIFT: ScenarioLift = { weight: 1.5, trust: 0.4 };

/**
 * The matched scenarios whose cited clauses rank up: one of their reader questions fits the query at least as well
 * as any theme's does, and at `trust` or more. A scenario found through a shared word ("call") is offered, not
 * trusted; a single word is a keyword, whose scenarios are offered and never trusted.
 */
export function trustedScenarios<T extends { id: string }>(
  plan: QueryPlan,
  matched: readonly T[],
  lift: ScenarioLift = SCENARIO_LIFT,
): T[] {
  if (plan.stems.length < 2) return [];
  const bestTheme = plan.owners.find((owner) => owner.kind === 'theme')?.strength ?? 0;
  return matched.filter((scenario) =>
    plan.owners.some(
      (owner) =>
        owner.kind === 'scenario' &&
        owner.id === scenario.id &&
        owner.strength >= lift.trust &&
        owner.strength >= bestTheme,
    ),
  );
}

/** What each lookup of a query found, in the plan's order. */
export interface Found<H extends Hit> {
  /** All the reader's words together (null when the plan has none). */
  all: H[] | null;
  /** One list per `plan.terms` entry. */
  terms: H[][];
  /** One list per theme looked up. */
  themes: H[][];
  /** One list per trusted scenario: the clauses it cites. */
  cited: H[][];
}

export function queryEvidence<H extends Hit>(
  plan: QueryPlan,
  themesLookedUp: readonly ThemeHit[],
  found: Found<H>,
  lift: ScenarioLift = SCENARIO_LIFT,
): Evidence[] {
  return [
    ...(found.all && plan.allWords.includes(' ') ? [{ weight: ALL_WORDS_WEIGHT, hits: found.all }] : []),
    ...plan.terms.map((term, index) => ({ weight: term.weight, hits: found.terms[index]! })),
    ...themesLookedUp.map((theme, index) => ({
      weight: theme.weight,
      hits: found.themes[index]!,
      flat: true,
    })),
    // The clauses a matched scenario cites, the best-matched scenario's counting most.
    ...found.cited.map((hits, index) => ({ weight: lift.weight / (index + 1), hits, flat: true })),
  ];
}
