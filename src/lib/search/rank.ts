// Ranks clauses from one index lookup per term, so that a question never dead-ends while any of its words
// matter: every clause that matches some term is a result, ranked by the weighted terms it matches. Rarer
// terms weigh more (a word on 3 clauses says more than one on 40), and clauses on a theme the question names
// rise. A clause matching all the reader's words together ranks above the rest. Pure.

export interface Hit {
  /** The index's id for the clause record. */
  id: string;
  /** The index's own score for this term (higher is better). */
  score: number;
}

export interface Evidence {
  /** How much this evidence counts (lib/search/understand.ts WEIGHTS). */
  weight: number;
  /** The clauses it found. */
  hits: Hit[];
  /** Theme membership counts alike for every member: no score within it. */
  flat?: boolean;
}

export interface Ranked {
  id: string;
  score: number;
}

/** Extra weight of the lookup of all the reader's words together, over any single term. */
export const ALL_WORDS_WEIGHT = 2;

/** Inverse document frequency: ln(1 + total / found). */
export function rarity(found: number, total: number): number {
  return found > 0 ? Math.log(1 + Math.max(total, found) / found) : 0;
}

export function rankClauses(evidence: Evidence[], total: number): Ranked[] {
  const scores = new Map<string, number>();
  for (const { weight, hits, flat } of evidence) {
    if (hits.length === 0) continue;
    const idf = rarity(hits.length, total);
    const best = Math.max(...hits.map((hit) => hit.score)) || 1;
    for (const hit of hits) {
      // Within one term, the index's score orders clauses, but any match counts for at least half.
      const strength = flat ? 1 : 0.5 + 0.5 * (hit.score / best);
      scores.set(hit.id, (scores.get(hit.id) ?? 0) + weight * idf * strength);
    }
  }
  // Stable: ties keep the order in which the evidence found them.
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** A clause below this score is noise: a weak word's weak match (see aboveFloor). */
export const RELEVANCE_FLOOR = 0.35;
/** ...or below this share of the best clause's score. */
const RELATIVE_FLOOR = 0.15;

/** The ranked clauses that pass the relevance floor; the rest are never shown or counted. */
export function aboveFloor(ranked: Ranked[]): Ranked[] {
  const top = ranked[0]?.score ?? 0;
  const floor = Math.max(RELEVANCE_FLOOR, top * RELATIVE_FLOOR);
  return ranked.filter(({ score }) => score >= floor);
}
