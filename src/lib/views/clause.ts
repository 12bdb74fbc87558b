// One clause as every surface that shows it in full reads it: its names, its links, its citation and the IAPS
// practice guideline that explains it. The code page's <Clause> (components/Clause.astro) and the clause's own
// page (clause-page.ts) both start from this, so the two cannot drift.
import { citationLead, type CiteData } from '../citation';
import { GUIDELINE_CODE_ID } from '../constants';
import type { Clause, Code, Guideline } from '../content/model';
import { paths, withBase } from '../paths';
import { citeData } from './cite-data';
import { themeLinks, type ThemeLink } from './theme-links';

export interface ClauseView {
  codeId: string;
  clauseId: string;
  /** Full name of the clause, e.g. "Conflicts of Interest 3.". */
  name: string;
  /** The source's own label, e.g. "3.". */
  label: string;
  /** What a screen reader hears before the label: the section, or the code's word for an item; null for neither. */
  namePrefix: string | null;
  section: string | null;
  /** The section heading in the code page, or null where the code has no sections. */
  sectionHref: string | null;
  /** True inside a section: the clause's heading sits one level below the section's. */
  inSection: boolean;
  /** The themes it addresses, then those it touches on, each with its theme page (with base). */
  themes: ThemeLink[];
  touches: ThemeLink[];
  /** The clause in its code, where the surrounding clauses are. */
  readInCodeHref: string;
  /** The clause's own page: what "Copy link" copies. */
  pageHref: string;
  /** Plain-text citation without the URL. */
  citation: string;
  /** What the Cite menu's other formats need. */
  cite: CiteData;
  /** The IAPS practice guideline explaining the clause, if there is one. */
  guidelineId: string | null;
  guidelineTitle: string | null;
  guidelineHref: string | null;
}

/** The practice guideline explaining a clause of the IAPS code, if there is one. */
export function guidelineForClause(
  guidelines: Guideline[],
  codeId: string,
  clauseId: string,
): Guideline | undefined {
  if (codeId !== GUIDELINE_CODE_ID) return undefined;
  return guidelines.find((guideline) => guideline.data.value === clauseId);
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function clauseView(code: Code, clause: Clause, guidelines: Guideline[], base: string): ClauseView {
  const at = (path: string) => withBase(path, base);
  const guideline = guidelineForClause(guidelines, code.id, clause.id);
  const cite = citeData(code, clause);
  return {
    codeId: code.id,
    clauseId: clause.id,
    name: clause.name,
    label: clause.label,
    namePrefix: clause.section ?? code.data.itemName ?? null,
    section: clause.section,
    sectionHref: clause.sectionId ? `${at(paths.code(code.id))}#${clause.sectionId}` : null,
    inSection: Boolean(clause.section),
    themes: themeLinks(clause.themes, base),
    touches: themeLinks(clause.touches, base),
    readInCodeHref: at(paths.clause(code.id, clause.id)),
    pageHref: at(paths.clausePage(code.id, clause.id)),
    citation: citationLead(cite),
    cite,
    guidelineId: guideline?.id ?? null,
    guidelineTitle: guideline?.data.title ?? null,
    guidelineHref: guideline ? `${at(paths.guidelines())}#${guideline.id}` : null,
  };
}
