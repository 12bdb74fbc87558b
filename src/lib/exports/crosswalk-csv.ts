// Builds /data/crosswalk.csv: one row per clause and theme it addresses or touches in passing, in the order of the
// crosswalk's cells (theme, then code; clauses addressing it first), from the same cells the pages show.
import type { SiteData } from '../content/model';
import { buildCrosswalk } from '../crosswalk/matrix';
import { codeStatus } from '../marks';
import { paths, withBase } from '../paths';
import { CROSSWALK_CSV_HEADER, crosswalkCsvRow } from './crosswalk-rows';
import { absoluteUrl, toSpreadsheetCsv } from './csv';

/** `site` is the public origin (SITE_URL) when known: urls are then absolute, so a spreadsheet's links work. */
export function buildCrosswalkCsv(
  data: Pick<SiteData, 'codes' | 'themes'>,
  base: string,
  site?: string,
): string {
  const crosswalk = buildCrosswalk(data);
  const rows = crosswalk.themes.flatMap((theme) =>
    crosswalk.codes.flatMap((code) => {
      const cell = crosswalk.cell(theme.id, code.id);
      const related = [
        ...cell.direct.map((clause) => ({ clause, relation: 'addresses' as const })),
        ...cell.touches.map((clause) => ({ clause, relation: 'in-passing' as const })),
      ];
      return related.map(({ clause, relation }) =>
        crosswalkCsvRow(
          { id: theme.id, label: theme.data.label },
          { id: code.id, title: code.data.title, status: codeStatus(code) },
          clause,
          relation,
          absoluteUrl(withBase(paths.clause(code.id, clause.id), base), site),
        ),
      );
    }),
  );
  return toSpreadsheetCsv([...CROSSWALK_CSV_HEADER], rows);
}
