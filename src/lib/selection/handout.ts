// A selection of clauses turned into a handout: resolved against /data/codes.json, grouped by theme or by
// code, and written out as citations, Markdown and CSV. Pure functions: the page script and the tests share them.
import type { CodesExport } from '../../schemas/export';
import { exportTextWithLeadIn } from '../content/lead-in';
import { factText } from '../marks';
import { formatClauseRef, type ClauseRef } from '../clause-ref';

type ExportCode = CodesExport['codes'][number];
type ExportClause = ExportCode['clauses'][number];

/** One selected clause with everything a handout shows about it. */
export interface HandoutItem {
  key: string;
  codeId: string;
  codeTitle: string;
  /** The issuing body, marked "(our identification)" where we supplied it. */
  issuer: string;
  /** The code's adoption date or year as its source gives it; APA's date element. */
  adopted?: string;
  clause: ExportClause;
  /** The clause's own page (with base), where its citation, link and QR code point, as Cite and Copy link do. */
  pageUrl: string;
  /** "Conflicts of Interest 3." */
  name: string;
  /** The clause's text after its lead-in, if any: a handout shows the clause apart from its code. */
  text: string;
}

export interface ResolvedSelection {
  items: HandoutItem[];
  /** References naming a code or clause that does not exist (any more), in link order. */
  unknown: string[];
}

/** Looks each reference up; the ones that match nothing are returned, never dropped. */
export function resolveSelection(refs: ClauseRef[], data: Pick<CodesExport, 'codes'>): ResolvedSelection {
  const codes = new Map(data.codes.map((code) => [code.id, code]));
  const items: HandoutItem[] = [];
  const unknown: string[] = [];
  for (const ref of refs) {
    const code = codes.get(ref.codeId);
    const clause = code?.clauses.find((candidate) => candidate.id === ref.clauseId);
    if (!code || !clause) {
      unknown.push(formatClauseRef(ref));
      continue;
    }
    // An issuer we identified (a name spelled out) stays marked as ours in every citation and source line.
    const issuer = factText(code.identified_by_us, 'issuer', code.issuer);
    items.push({
      key: formatClauseRef(ref),
      codeId: code.id,
      codeTitle: code.title,
      issuer,
      ...(code.adopted ? { adopted: code.adopted } : {}),
      clause,
      pageUrl: clausePageUrl(code.url, clause.id),
      name: clause.name,
      text: exportTextWithLeadIn(clause),
    });
  }
  return { items, unknown };
}

export type Grouping = 'theme' | 'code';

export interface HandoutGroup {
  /** Theme id or code id. */
  id: string;
  label: string;
  items: HandoutItem[];
}

/**
 * Groups in the reader's order: a group sits where its first clause sits. By theme, a clause that addresses
 * several themes goes under the one it shares with most of the selection (so a handout on boundaries stays
 * together), ties going to the clause's own first theme; every clause appears once.
 */
export function groupItems(
  items: HandoutItem[],
  grouping: Grouping,
  themes: CodesExport['themes'],
): HandoutGroup[] {
  const groups = new Map<string, HandoutGroup>();
  const place = (id: string, label: string, item: HandoutItem) => {
    const group = groups.get(id) ?? { id, label, items: [] };
    group.items.push(item);
    groups.set(id, group);
  };
  if (grouping === 'code') {
    for (const item of items) place(item.codeId, item.codeTitle, item);
    return [...groups.values()];
  }
  const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
  const weight = new Map<string, number>();
  for (const item of items)
    for (const theme of item.clause.themes) weight.set(theme, (weight.get(theme) ?? 0) + 1);
  for (const item of items) {
    const best = item.clause.themes.reduce<string | undefined>(
      (chosen, theme) =>
        chosen === undefined || (weight.get(theme) ?? 0) > (weight.get(chosen) ?? 0) ? theme : chosen,
      undefined,
    );
    const id = best ?? 'other';
    place(id, labels.get(id) ?? 'Other', item);
  }
  return [...groups.values()];
}

/**
 * The clause page under its code's page: paths.clausePage is `codes/<code>/<clause>/` where paths.code is
 * `codes/<code>/`, and the export's code url already carries the base.
 */
function clausePageUrl(codeUrl: string, clauseId: string): string {
  return `${codeUrl.endsWith('/') ? codeUrl : `${codeUrl}/`}${clauseId}/`;
}

export function absolute(path: string, origin: string): string {
  return new URL(path, origin).href;
}
