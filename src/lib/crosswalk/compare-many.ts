// Several codes side by side, theme by theme (/compare/?codes=a,b,c): the choice read from the address. The rows
// are compareRows' (compare.ts), as for a pair.

const MIN_MANY = 2;
export const MAX_MANY = 8;

export interface CodesChoice {
  /** Known code ids, in the order given, without repeats. */
  ids: string[];
  /** Ids in the address that name no code. */
  unknown: string[];
  /** What is wrong with the choice, for the reader; undefined when it can be shown. */
  problem?: string;
}

/** Reads ?codes=a,b,c against the site's code ids. */
export function parseCodesChoice(value: string | null, known: readonly string[]): CodesChoice {
  const asked = [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  const ids = asked.filter((id) => known.includes(id));
  const unknown = asked.filter((id) => !known.includes(id));
  const problems: string[] = [];
  if (unknown.length)
    problems.push(`No code with the id ${unknown.map((id) => `“${id}”`).join(', ')} on this site`);
  if (ids.length < MIN_MANY) problems.push(`choose at least ${MIN_MANY} codes`);
  if (ids.length > MAX_MANY) problems.push(`choose at most ${MAX_MANY} codes`);
  const problem = problems.length
    ? `${problems.join('; ')}.`.replace(/^./, (first) => first.toUpperCase())
    : undefined;
  return { ids, unknown, problem: asked.length === 0 ? undefined : problem };
}
