// The checks that keep our own words tied to the codes: every reference names a real clause, a theme note
// cites only clauses tagged on its theme, and no note claims a code is silent (the page derives that).
import type { ContentProblem } from '../content/types';
import { CLAUSE_REF_FORM, formatClauseRef } from '../clause-ref';
import { findClauseRefs } from './refs';

/** What the checks need of a code: its id and its clauses' ids and theme lists. */
export interface CodeForEvidence {
  id: string;
  clauses: { id: string; aliases: string[]; themes: string[]; touches: string[] }[];
}

/** One text in our own words to check. */
export interface NoteToCheck {
  /** File the text is in, for messages. */
  file: string;
  /** Which text of the file (`summary`, `note`, `body`), for messages. */
  part: string;
  text: string;
  /** For a theme note: the theme its references must be tagged on. */
  themeId?: string;
  /** Whether the text must cite at least one clause. */
  mustCite: boolean;
}

/**
 * Phrases that claim a code is silent. Silence is derived from the tags (the crosswalk's "silent" cells), so a note
 * that types it can go stale the day a clause is tagged.
 */
export const SILENCE_CLAIMS: RegExp[] = [
  /\bsay(?:s)? nothing\b/i,
  /\bsilent\b/i,
  /\b(?:does|do) not (?:address|mention|state)\b/i,
  /\bleaves? it unsaid\b/i,
  /\bno (?:\w+ )?clause\b/i,
  /\bonly (?:one|two|three|\w+) codes?\b/i,
  /\b(?:every|each) other code\b/i,
];

export function checkNotes(notes: NoteToCheck[], codes: CodeForEvidence[]): ContentProblem[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const problems: ContentProblem[] = [];
  for (const note of notes) {
    const report = (message: string) =>
      problems.push({ file: note.file, message: `${note.part}: ${message}` });
    const refs = findClauseRefs(note.text);
    if (note.mustCite && refs.length === 0) {
      report(
        'cites no clause: back each statement about a code with a [label](clause:code-id:clause-id) reference',
      );
    }
    for (const claim of SILENCE_CLAIMS) {
      const found = claim.exec(note.text);
      if (found)
        report(`claims silence ("${found[0]}"): the page derives which codes are silent; do not type it`);
    }
    for (const ref of refs) {
      const where = `reference "clause:${ref.target}"`;
      if (!ref.codeId) {
        report(`${where} must be "clause:${CLAUSE_REF_FORM}"`);
        continue;
      }
      const code = byId.get(ref.codeId);
      const clause = code?.clauses.find((candidate) => candidate.id === ref.clauseId);
      if (!code) report(`${where}: no code "${ref.codeId}"`);
      else if (!clause) {
        const renamed = code.clauses.find((candidate) => candidate.aliases.includes(ref.clauseId));
        report(
          renamed
            ? `${where}: "${ref.clauseId}" is a former id; use "clause:${formatClauseRef({ codeId: ref.codeId, clauseId: renamed.id })}"`
            : `${where}: code "${ref.codeId}" has no clause "${ref.clauseId}"`,
        );
      } else if (
        note.themeId &&
        !clause.themes.includes(note.themeId) &&
        !clause.touches.includes(note.themeId)
      ) {
        report(`${where} is not tagged on theme "${note.themeId}" (neither in "themes" nor in "touches")`);
      }
    }
  }
  return problems;
}
