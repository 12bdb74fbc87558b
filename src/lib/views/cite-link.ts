// What an evidence reference in our own words (<Cite to="code-id:clause-id">, Cite.astro) links to: the clause on its
// code's page, or no link in a build whose content lacks the code (a test fixture). A malformed reference, or a clause the
// code does not have, stops the build with the page and the reference named.
import { CLAUSE_REF_FORM, parseClauseRef } from '../clause-ref';
import { paths, withBase } from '../paths';

/** The codes a page's references are checked against: ids and their clauses' ids. */
export interface CiteCodes {
  codes: readonly { id: string; clauses: readonly { id: string }[] }[];
}

/** The link to the clause `to` names, with the site base; null when the build has no such code. */
export function citeLinkView({ codes }: CiteCodes, to: string, page: string): { href: string | null } {
  const ref = parseClauseRef(to);
  if (!ref) throw new Error(`${page}: reference "clause:${to}" must be "clause:${CLAUSE_REF_FORM}"`);
  const { codeId, clauseId } = ref;
  const code = codes.find((candidate) => candidate.id === codeId);
  if (!code) return { href: null };
  if (!code.clauses.some((clause) => clause.id === clauseId))
    throw new Error(`${page}: reference "clause:${to}": code "${codeId}" has no clause "${clauseId}"`);
  return { href: withBase(paths.clause(codeId, clauseId)) };
}
