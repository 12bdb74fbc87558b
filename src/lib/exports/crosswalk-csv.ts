// Builds /data/crosswalk.csv: one row per clause and theme it addresses or touches in passing, in the order of the
// crosswalk's cells (theme, then code; clauses addressing it first), from the same cells the pages show.
import type { SiteData } from '../content/model';
import { buildCrosswalk } from '../crosswalk/matrix';
import { codeStatus } from '../marks';
import { paths, withBase } from '../paths';
import { CROSSWALK_CSV_HEADER } from '../../schemas/export';
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
      return related.map(({ clause, relation }) => [
        theme.id,
        theme.data.label,
        code.id,
        clause.id,
        clause.label,
        absoluteUrl(withBase(paths.clause(code.id, clause.id), base), site),
        clause.text,
        relation,
        clause.section ?? '',
        clause.leadIn ?? '',
        codeStatus(code),
      ]);
    }),
  );
  return toSpreadsheetCsv([...CROSSWALK_CSV_HEADER], rows);
}
