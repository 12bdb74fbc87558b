// The status line above search results. Pure, so its wording is tested without a browser.

/**
 * "4 clauses match “money”." When no clause has every word of a question, says so and that the clauses shown
 * match part of it, best first: a question is never a dead end, and never pretends to an exact match.
 */
export function statusText(count: number, query: string, filtered: boolean, allWordsMatched = true): string {
  const what = query ? `“${query}”` : '';
  const how = filtered ? (query ? ' with the chosen filters' : 'the chosen filters') : '';
  if (count === 0) return `No clause matches ${what}${how}.`;
  const clauses = `${count} ${count === 1 ? 'clause' : 'clauses'}`;
  if (!allWordsMatched && query) return `${clauses} for ${what}${how}, closest first.`;
  return `${clauses} ${count === 1 ? 'matches' : 'match'} ${what}${how}.`;
}
