// Builds /data/crosswalk.csv: one row per clause and theme it addresses directly.
import type { SiteData } from '../content/model';
import { paths, withBase } from '../paths';
import { CROSSWALK_CSV_HEADER } from '../../schemas/export';
import { toCsv } from './csv';

export function buildCrosswalkCsv({ codes, themes }: SiteData, base: string): string {
  const rows = themes.flatMap((theme) =>
    codes.flatMap((code) =>
      code.clauses
        .filter((clause) => clause.themes.includes(theme.id))
        .map((clause) => [
          theme.id,
          theme.data.label,
          code.id,
          clause.id,
          clause.label,
          withBase(paths.clause(code.id, clause.id), base),
          clause.text,
        ]),
    ),
  );
  return toCsv([...CROSSWALK_CSV_HEADER], rows);
}
