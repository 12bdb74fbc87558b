// A theme's data file (/data/themes/<id>.json) as the clauses a draft can adopt.
import type { ThemeFile } from '../../schemas/export';
import type { SourceClause } from './draft';

export function themeSources(file: ThemeFile): SourceClause[] {
  return file.clauses.map((clause) => ({
    ref: clause.ref,
    codeId: clause.codeId,
    codeTitle: clause.codeTitle,
    issuer: clause.issuer,
    name: clause.name,
    clause: clause.clause,
    url: clause.url,
    codeUrl: clause.codeUrl,
    themes: [...clause.themes],
    text: clause.paragraphs.join('\n\n'),
  }));
}
