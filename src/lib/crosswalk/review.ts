// Draft codes: an imported code's tagging is the importer's proposal until a person reviews it (status in the
// code's front matter). Its clauses show like any other, but its silence on a theme is not yet a finding.
import type { CodeStatus } from '../../schemas/code';

/** What pages say of a draft code, next to its title or column. */
export const DRAFT_NOTICE = 'tagging proposed, not yet reviewed';

/** True once a person has reviewed the code's tagging. */
export function isReviewed(code: { data: { status?: CodeStatus } }): boolean {
  return code.data.status !== 'draft';
}
