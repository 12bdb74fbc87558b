// The permalink promise: every clause URL ever published keeps landing on its clause.
import type { SiteData } from './content/model';
import { clauseOfPath, paths } from './paths';

/**
 * Every promised clause URL of the site, without base path: the clause in its code (`codes/<code>/#<clause>`) and
 * the clause's own page (`codes/<code>/<clause>/`), anchors first so the list grows in the order it was published.
 * A draft code's URLs are not promised yet (its review may still split or renumber clauses): they are recorded
 * when it is marked reviewed (docs/IMPORTING.md, "Publish").
 */
export function clausePermalinks({ codes }: SiteData): string[] {
  const clauses = codes
    .filter((code) => code.data.status !== 'draft')
    .flatMap((code) => code.clauses.map((clause) => [code.id, clause.id] as const));
  return [
    ...clauses.map(([codeId, clauseId]) => paths.clause(codeId, clauseId)),
    ...clauses.map(([codeId, clauseId]) => paths.clausePage(codeId, clauseId)),
  ];
}

/** Reads the checked-in list: one path a line, `#` comments and blank lines ignored. */
export function parsePermalinkList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** Listed permalinks that no clause id or alias answers any more. */
export function brokenPermalinks(listed: string[], { codes }: SiteData): string[] {
  const anchors = new Map(
    codes.map((code) => [code.id, new Set(code.clauses.flatMap((clause) => [clause.id, ...clause.aliases]))]),
  );
  return listed.filter((url) => {
    // Either form names a code and a clause id; both are answered by the clause's id or one of its aliases.
    const clause = clauseOfPath(url);
    return !clause || !anchors.get(clause.codeId)?.has(clause.clauseId);
  });
}

/** The list with new permalinks appended; existing lines are never removed or reordered. */
export function appendNewPermalinks(listText: string, current: string[]): string {
  const listed = new Set(parsePermalinkList(listText));
  const added = current.filter((url) => !listed.has(url));
  if (added.length === 0) return listText;
  return `${listText.replace(/\n*$/, '\n')}${added.join('\n')}\n`;
}
