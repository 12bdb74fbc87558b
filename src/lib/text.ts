// Small text helpers shared by pages and exports.

/** "1 clause", "12 clauses". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Joins names as prose: "A", "A and B", "A, B and C". */
export function listProse(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
