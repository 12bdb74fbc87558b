// A clause shown apart from its code (theme pages, compare, search, handouts, citations, previews) keeps the
// subject its source gives it in a lead-in ("Peer support team members: do not utilize…").
import type { ClauseSource } from './types';

/** The clause's text preceded by its lead-in, when it has one; the text alone otherwise. */
export function textWithLeadIn(clause: Pick<ClauseSource, 'leadIn' | 'text'>): string {
  return clause.leadIn ? `${clause.leadIn} ${clause.text}` : clause.text;
}

/** The same for a clause of the JSON exports (`lead_in`, present only where there is one): handouts, compare view. */
export function exportTextWithLeadIn(clause: { lead_in?: string; text: string }): string {
  return textWithLeadIn({ leadIn: clause.lead_in ?? null, text: clause.text });
}
