// Every omission in a scenario is a decision: each clause the site's search and tag suggester propose for a
// scenario's text and questions (scenario-proposals.ts) is either cited (`clauses`) or listed under `considered`
// with a reason. A considered clause must exist and must not also be cited. A scenario names the codes it was
// weighed against (`weighedAgainst`): only their clauses are proposed, so publishing a code does not fail the
// build for scenarios written before it; weighing them against it is an editor's step (docs/EDITORIAL.md).
import type { SiteData } from '../content/model';
import type { ContentProblem } from '../content/types';
import type { ClauseProposer } from './scenario-proposals';

/** What the check needs of a scenario. */
export interface ScenarioForCoverage {
  file: string;
  title: string;
  summary: string;
  body: string;
  questions: string[];
  clauses: string[];
  considered: { clause: string; reason: string }[];
  /** The codes the scenario's decisions were weighed against; every code when absent. */
  weighedAgainst?: string[];
}

export function checkScenarioCoverage(
  scenarios: ScenarioForCoverage[],
  site: Pick<SiteData, 'codes'>,
  propose: ClauseProposer,
): ContentProblem[] {
  const known = new Set(
    site.codes.flatMap((code) => code.clauses.map((clause) => `${code.id}:${clause.id}`)),
  );
  const problems: ContentProblem[] = [];
  for (const scenario of scenarios) {
    const report = (message: string) => problems.push({ file: scenario.file, message });
    const considered = new Set(scenario.considered.map((entry) => entry.clause));
    for (const entry of scenario.considered) {
      if (!known.has(entry.clause))
        report(`considered: "${entry.clause}" is no clause (write code-id:clause-id)`);
      if (scenario.clauses.includes(entry.clause))
        report(`considered: "${entry.clause}" is also in clauses; it is either cited or considered`);
    }
    const codeIds = new Set(site.codes.map((code) => code.id));
    for (const id of scenario.weighedAgainst ?? [])
      if (!codeIds.has(id))
        report(`weighedAgainst: "${id}" is no code (write a code id, as in /codes/<id>/)`);
    const proposed = propose(
      [`${scenario.title}. ${scenario.summary}`, scenario.body, ...scenario.questions],
      scenario.weighedAgainst,
    );
    for (const clause of proposed) {
      if (scenario.clauses.includes(clause) || considered.has(clause)) continue;
      report(
        `the search and tag suggester propose ${clause} for this scenario, which neither cites it (clauses) nor ` +
          `says why not (considered: - clause: ${clause} / reason: …)`,
      );
    }
  }
  return problems;
}
