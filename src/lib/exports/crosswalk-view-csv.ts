// The crosswalk page's "Download this view as CSV": the rows of /data/crosswalk.csv for the themes and codes the
// filters show, in the order the page shows them, made in the browser from codes.json with the same row function.
import type { CodesExport } from '../../schemas/export';
import { CROSSWALK_CSV_HEADER, crosswalkCsvRow } from './crosswalk-rows';
import { toSpreadsheetCsv } from './csv';

type ViewData = Pick<CodesExport, 'themes' | 'codes'>;

/**
 * Rows for `themeIds` × `codeIds` (each in the given order; unknown ids are skipped and returned in `missing`),
 * clauses that address a theme before those touching it in passing, as in the matrix's cells and the site-wide
 * file. `origin` makes each url absolute, as a spreadsheet's links need.
 */
export function crosswalkViewCsv(
  data: ViewData,
  themeIds: readonly string[],
  codeIds: readonly string[],
  origin: string,
): { csv: string; rows: number; missing: string[] } {
  const themes = new Map(data.themes.map((theme) => [theme.id, theme]));
  const codes = new Map(data.codes.map((code) => [code.id, code]));
  const missing = [...themeIds, ...codeIds].filter((id) => !themes.has(id) && !codes.has(id));
  const rows: string[][] = [];
  for (const themeId of themeIds) {
    const theme = themes.get(themeId);
    if (!theme) continue;
    for (const codeId of codeIds) {
      const code = codes.get(codeId);
      if (!code) continue;
      const related = [
        ...code.clauses
          .filter((clause) => clause.themes.includes(themeId))
          .map((c) => [c, 'addresses'] as const),
        ...code.clauses
          .filter((clause) => clause.touches.includes(themeId))
          .map((c) => [c, 'in-passing'] as const),
      ];
      for (const [clause, relation] of related)
        rows.push(
          crosswalkCsvRow(
            theme,
            code,
            { ...clause, section: clause.section ?? null, leadIn: clause.lead_in ?? null },
            relation,
            new URL(clause.url, origin).href,
          ),
        );
    }
  }
  return { csv: toSpreadsheetCsv([...CROSSWALK_CSV_HEADER], rows), rows: rows.length, missing };
}
