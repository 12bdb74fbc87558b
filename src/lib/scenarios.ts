// Scenarios as pages need: the clauses they cite, resolved, and the scenarios on a theme.
import type { Clause, Code, Scenario, SiteData } from './content/model';
import { parseClauseRef } from './clause-ref';

export interface CitedClause {
  code: Code;
  clause: Clause;
}

/** The scenario's clause references, resolved in their order (the content checks guarantee each exists). */
export function citedClauses(scenario: Scenario, { codes }: Pick<SiteData, 'codes'>): CitedClause[] {
  return scenario.data.clauses.map((ref) => {
    const parsed = parseClauseRef(ref);
    const code = codes.find((candidate) => candidate.id === parsed?.codeId);
    const clause = code?.clauses.find((candidate) => candidate.id === parsed?.clauseId);
    if (!code || !clause) throw new Error(`scenario "${scenario.id}": unresolved clause reference "${ref}"`);
    return { code, clause };
  });
}

/** Scenarios that raise a theme, in scenario order. */
export function scenariosOnTheme(scenarios: Scenario[], themeId: string): Scenario[] {
  return scenarios.filter((scenario) => scenario.data.themes.includes(themeId));
}
