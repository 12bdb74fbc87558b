// How each figure grows with the number of clauses: per clause at each scale, and the marginal cost per clause
// between consecutive scales. Build time "grows no faster than linearly" when the marginal cost does not rise.

export interface ScalePoint {
  codes: number;
  clauses: number;
  value: number;
}

export interface GrowthStep {
  from: number;
  to: number;
  /** Change in the figure per added clause between the two scales. */
  perClause: number;
}

export function perClause(point: ScalePoint): number {
  if (point.clauses <= 0) throw new Error('a scale point needs at least one clause');
  return point.value / point.clauses;
}

/** Marginal growth per clause between consecutive points (sorted by clauses). */
export function marginalGrowth(points: ScalePoint[]): GrowthStep[] {
  const sorted = [...points].sort((a, b) => a.clauses - b.clauses);
  return sorted.slice(1).map((point, index) => {
    const previous = sorted[index]!;
    const added = point.clauses - previous.clauses;
    if (added <= 0) throw new Error(`two scale points with ${point.clauses} clauses`);
    return { from: previous.codes, to: point.codes, perClause: (point.value - previous.value) / added };
  });
}

/**
 * True when growth is at most linear: each step's marginal cost per clause is no more than `slack` times the
 * first step's (timings are noisy, and a fixed start-up cost makes early steps look cheap or dear).
 */
export function atMostLinear(points: ScalePoint[], slack = 1.5): boolean {
  const steps = marginalGrowth(points);
  if (steps.length < 2) return true;
  const reference = Math.max(...steps.slice(0, 1).map((step) => step.perClause), 0);
  return steps.every((step) => step.perClause <= reference * slack);
}
