// The one way to name a clause in text: `code-id:clause-id` (`alaska-psp:conflicts-3`), in shared selection links,
// the browser's storage, scenario front matter, the /data/ files and our prose's `clause:` links alike. The form
// `code-id/clause-id` that our prose used before still parses, so older content and links keep working. No imports
// beyond the id pattern: browser modules import it.
import { ID_SOURCE } from './constants';

/** A clause of a code, by ids. */
export interface ClauseRef {
  codeId: string;
  clauseId: string;
}

/** How a reference is written, for messages. */
export const CLAUSE_REF_FORM = 'code-id:clause-id';

// The colon form, or the slash form written before it became the one form.
const REF_PATTERN = new RegExp(`^(${ID_SOURCE})[:/](${ID_SOURCE})$`);

/** `code-id:clause-id`. */
export function formatClauseRef({ codeId, clauseId }: ClauseRef): string {
  return `${codeId}:${clauseId}`;
}

/** Reads one reference (white space around it ignored), or says what is wrong with it. */
export function readClauseRef(text: string): { ref: ClauseRef } | { error: string } {
  const token = text.trim();
  const match = REF_PATTERN.exec(token);
  if (match) return { ref: { codeId: match[1]!, clauseId: match[2]! } };
  if (!token) return { error: `an empty clause reference: write "${CLAUSE_REF_FORM}"` };
  return {
    error: `"${token}" is not a clause reference: write "${CLAUSE_REF_FORM}" (lower-case letters, digits and hyphens, e.g. "alaska-psp:conflicts-3")`,
  };
}

/** Reads one reference; null when it is not one (readClauseRef says why). */
export function parseClauseRef(text: string): ClauseRef | null {
  const read = readClauseRef(text);
  return 'ref' in read ? read.ref : null;
}
