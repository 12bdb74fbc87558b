// The permalink promise: every clause URL ever published keeps landing on its clause.
import type { SiteData } from './content/model';
import { paths } from './paths';

/** Every clause URL of the site, without base path: `codes/<code>/#<clause>`. */
export function clausePermalinks({ codes }: SiteData): string[] {
  return codes.flatMap((code) => code.clauses.map((clause) => paths.clause(code.id, clause.id)));
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
  const anchors = new Map(codes.map((code) => [code.id, new Set(code.clauses.flatMap((clause) => [clause.id, ...clause.aliases]))]));
  return listed.filter((url) => {
    const match = /^codes\/([^/]+)\/#(.+)$/.exec(url);
    return !match || !anchors.get(match[1]!)?.has(match[2]!);
  });
}

/** The list with new permalinks appended; existing lines are never removed or reordered. */
export function appendNewPermalinks(listText: string, current: string[]): string {
  const listed = new Set(parsePermalinkList(listText));
  const added = current.filter((url) => !listed.has(url));
  if (added.length === 0) return listText;
  return `${listText.replace(/\n*$/, '\n')}${added.join('\n')}\n`;
}
