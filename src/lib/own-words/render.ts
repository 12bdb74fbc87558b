// Our own words from front matter (code summaries), shown on a page: each `clause:` reference becomes a link to
// the clause's permalink; in a meta description, just its label.
import { CLAUSE_REF_FORM } from '../clause-ref';
import { paths, withBase } from '../paths';
import { renderWithClauseLinks, stripClauseRefs } from './refs';
import { withoutNotes } from './sentences';

/** HTML for a front-matter string in our own words; references were checked when the content was assembled. */
export function ownWordsHtml(text: string, base: string = import.meta.env.BASE_URL): string {
  return renderWithClauseLinks(withoutNotes(text), (ref) => {
    if (!ref.codeId) throw new Error(`reference "clause:${ref.target}" must be "clause:${CLAUSE_REF_FORM}"`);
    return withBase(paths.clause(ref.codeId, ref.clauseId), base);
  });
}

/** Plain text for a front-matter string in our own words (meta descriptions, exports). */
export const ownWordsText = (text: string): string => stripClauseRefs(withoutNotes(text));
