// One row of /data/crosswalk.csv, and its header: the site-wide file (crosswalk-csv.ts, at build) and the
// crosswalk page's download of its filtered view (in the browser) both write rows with this function. No
// imports, so the browser's copy stays small.

/**
 * The header: the brief's seven columns, then `relation` (`addresses` | `in-passing`), `section`, `lead_in` and
 * `code_title` (the code's name, not only its id) and the code's `status` (`draft` | `reviewed`: a draft's themes
 * are proposals), appended so readers of the earlier columns keep working. A
 * public interface: columns may be appended, never reordered or renamed.
 */
export const CROSSWALK_CSV_HEADER = [
  'theme_id',
  'theme_label',
  'code_id',
  'clause_id',
  'clause_label',
  'url',
  'text',
  'relation',
  'section',
  'lead_in',
  'code_title',
  'status',
] as const;

/** What a row says of a clause: the model's clause and the browser's (from codes.json) both give this. */
export interface CrosswalkCsvClause {
  id: string;
  label: string;
  text: string;
  section: string | null;
  leadIn: string | null;
}

/** The row for one clause under one theme it addresses or touches in passing; `url` as the file should show it. */
export function crosswalkCsvRow(
  theme: { id: string; label: string },
  code: { id: string; title: string; status: string },
  clause: CrosswalkCsvClause,
  relation: 'addresses' | 'in-passing',
  url: string,
): string[] {
  return [
    theme.id,
    theme.label,
    code.id,
    clause.id,
    clause.label,
    url,
    clause.text,
    relation,
    clause.section ?? '',
    clause.leadIn ?? '',
    code.title,
    code.status,
  ];
}
