// Builds /data/themes/<id>.json: the clauses on one theme, which the draft builder loads when a reader opens it.
import { factText } from '../marks';
import { textWithLeadIn } from '../content/lead-in';
import type { Clause, Code, Theme } from '../content/model';
import { paths, withBase } from '../paths';
import { formatClauseRef } from '../clause-ref';
import type { ThemeFile } from '../../schemas/export';

/** Every clause that addresses the theme directly: code by code, each code's in its own order. */
export function clausesOnTheme(codes: Code[], themeId: string): { code: Code; clause: Clause }[] {
  return codes.flatMap((code) =>
    code.clauses.filter((clause) => clause.themes.includes(themeId)).map((clause) => ({ code, clause })),
  );
}

export function buildThemeFile(theme: Theme, codes: Code[], base: string): ThemeFile {
  return {
    id: theme.id,
    label: theme.data.label,
    url: withBase(paths.theme(theme.id), base),
    clauses: clausesOnTheme(codes, theme.id).map(({ code, clause }) => ({
      ref: formatClauseRef({ codeId: code.id, clauseId: clause.id }),
      codeId: code.id,
      codeTitle: code.data.title,
      codeShortTitle: code.data.shortTitle,
      // Marked where we identified it, so the builder's Sources list keeps the mark (lib/marks.ts).
      issuer: factText(code.data, 'issuer', code.data.issuer),
      codeUrl: withBase(paths.code(code.id), base),
      clauseId: clause.id,
      clause: clause.name,
      name: `${code.data.shortTitle}, ${clause.name}`,
      themes: [...clause.themes],
      // Quoted apart from its code, a clause keeps its lead-in.
      paragraphs: textWithLeadIn(clause)
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean),
      url: withBase(paths.clause(code.id, clause.id), base),
    })),
  };
}
