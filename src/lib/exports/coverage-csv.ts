// Builds /data/coverage.csv: one row per theme and code with the crosswalk cell's state (addresses, in-passing,
// silent), silent cells included, so a spreadsheet can count gaps without rebuilding the matrix.
import type { SiteData } from '../content/model';
import { buildCrosswalk } from '../crosswalk/matrix';
import { isReviewed } from '../crosswalk/review';
import { codeStatus } from '../marks';
import { COVERAGE_CSV_HEADER } from '../../schemas/export';
import { toSpreadsheetCsv } from './csv';

export function buildCoverageCsv(data: Pick<SiteData, 'codes' | 'themes'>): string {
  const crosswalk = buildCrosswalk(data);
  const rows = crosswalk.themes.flatMap((theme) =>
    crosswalk.codes.map((code) => {
      const cell = crosswalk.cell(theme.id, code.id);
      return [
        theme.id,
        theme.data.label,
        code.id,
        code.data.shortTitle,
        // A draft code's gap is not yet a finding: it reads "not reviewed", as on the pages (crosswalk/review.ts).
        cell.state === 'silent' && !isReviewed(code) ? 'not-reviewed' : cell.state,
        cell.direct.map((clause) => clause.id).join(' '),
        cell.touches.map((clause) => clause.id).join(' '),
        codeStatus(code),
      ];
    }),
  );
  return toSpreadsheetCsv([...COVERAGE_CSV_HEADER], rows);
}
