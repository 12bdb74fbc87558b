// /build/: every theme by group, with every clause on it from every code, to adopt or adapt.
import { textWithLeadIn } from '../content/lead-in';
import type { Clause, Code, SiteData, Theme } from '../content/model';
import { refKey } from '../selection/refs';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

export interface BuilderCandidate {
  code: Code;
  clause: Clause;
  /** `code:clause`, as stored in a draft. */
  ref: string;
  /** "Alaska PSP, Conflicts of Interest 3." */
  name: string;
  /** Unique within the page: theme, code and clause. */
  key: string;
  paragraphs: string[];
}

export interface BuilderView {
  codes: Code[];
  themeCount: number;
  groups: ThemeGroupOf<{ theme: Theme; candidates: BuilderCandidate[] }>[];
}

export function builderView(site: SiteData): BuilderView {
  return {
    codes: site.codes,
    themeCount: site.themes.length,
    groups: groupThemes(site.themes, (theme) => ({
      theme,
      candidates: site.codes.flatMap((code) =>
        code.clauses
          .filter((clause) => clause.themes.includes(theme.id))
          .map((clause) => ({
            code,
            clause,
            ref: refKey({ codeId: code.id, clauseId: clause.id }),
            name: `${code.data.shortTitle}, ${clause.name}`,
            key: `${theme.id}--${code.id}--${clause.id}`,
            // Quoted apart from its code, a clause keeps its lead-in.
            paragraphs: textWithLeadIn(clause).split(/\n{2,}/),
          })),
      ),
    })),
  };
}
