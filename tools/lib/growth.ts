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
 * True when growth is at most linear: the marginal cost per clause of the last step (the largest scales) is no
 * more than `slack` times the average marginal cost from the smallest to the second-largest scale. A quadratic
 * cost fails this by far (about 3× for 5, 50, 200, 500 codes); the slack absorbs timing noise on a shared machine.
 */
export function atMostLinear(points: ScalePoint[], slack = 1.5): boolean {
  const sorted = [...points].sort((a, b) => a.clauses - b.clauses);
  if (sorted.length < 3) return true;
  const first = sorted[0]!;
  const beforeLast = sorted[sorted.length - 2]!;
  const last = sorted[sorted.length - 1]!;
  const reference = (beforeLast.value - first.value) / (beforeLast.clauses - first.clauses);
  const lastStep = (last.value - beforeLast.value) / (last.clauses - beforeLast.clauses);
  return lastStep <= Math.max(reference, 0) * slack;
}
