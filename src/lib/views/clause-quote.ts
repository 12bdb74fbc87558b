// A clause quoted away from its code page (ClauseQuote): on theme pages and in every compare view.
import type { Clause } from '../content/model';
import { textWithLeadIn } from '../content/lead-in';
import type { QuoteView } from '../crosswalk/compare';
import { paths, withBase } from '../paths';

/** A clause of the model quoted in a compare cell or anywhere ClauseQuote shows one; `base`: the base path. */
export function quoteView(
  code: { id: string; shortTitle: string },
  clause: Clause,
  touches: boolean,
  base: string = import.meta.env.BASE_URL,
): QuoteView {
  return {
    codeId: code.id,
    clauseId: clause.id,
    name: clause.name,
    href: withBase(paths.clause(code.id, clause.id), base),
    paragraphs: textWithLeadIn(clause).split('\n\n'),
    touches,
    selectionName: `${code.shortTitle}, ${clause.name}`,
  };
}
