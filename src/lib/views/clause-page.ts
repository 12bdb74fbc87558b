// The props of one clause's own page (/codes/<code>/<clause>/), the page made for sharing a clause.
import { citationLead, type CiteData } from '../citation';
import type { Clause, Code, Guideline } from '../content/model';
import { textWithLeadIn } from '../content/lead-in';
import { GUIDELINE_CODE_ID } from '../constants';
import { citeData } from './cite-data';
import { clauseImagePath, type ImagePlan } from '../og/plan';
import { paths, withBase } from '../paths';

export interface ClausePageInput {
  code: Code;
  clause: Clause;
  /** The IAPS practice guidelines; the one explaining this clause (if any) is shown. */
  guidelines: Guideline[];
  plan: ImagePlan;
  /** The site's base path ("/", "/ethics/"). */
  base: string;
}

export interface ClausePageView {
  /** Page title (the layout appends the site name): "Alaska PSP, Conflicts of Interest 3.". */
  title: string;
  /** Meta and og:description: the clause text with its lead-in, what a link preview shows. */
  description: string;
  codeTitle: string;
  codeShortTitle: string;
  issuer: string;
  /** Full name of the clause, e.g. "Conflicts of Interest 3.". */
  name: string;
  label: string;
  section: string | null;
  /** The section heading in the code page, or null where the code has no sections. */
  sectionHref: string | null;
  leadIn: string | null;
  /** The clause text, one entry per paragraph. */
  paragraphs: string[];
  themes: string[];
  touches: string[];
  /** The IAPS practice guideline explaining the clause, if there is one. */
  guidelineId: string | null;
  guidelineTitle: string | null;
  guidelineHref: string | null;
  codeHref: string;
  /** The clause in its code, where the surrounding clauses are. */
  readInCodeHref: string;
  /** This page's own path (the id's, also on an alias page): what "Copy link" copies. */
  pageHref: string;
  /** The canonical path of the page, below the base: an alias page points at the current id's page. */
  canonicalPath: string;
  embedHref: string;
  /** Preview image path with base, and its text alternative. */
  imageHref: string;
  imageAlt: string;
  /** Plain-text citation without the URL. */
  citation: string;
  /** What the Cite menu's other formats need. */
  cite: CiteData;
  codeId: string;
  clauseId: string;
}

export function clausePageView({ code, clause, guidelines, plan, base }: ClausePageInput): ClausePageView {
  const guideline =
    code.id === GUIDELINE_CODE_ID ? guidelines.find((entry) => entry.data.value === clause.id) : undefined;
  const at = (path: string) => withBase(path, base);
  return {
    title: `${code.data.shortTitle}, ${clause.name}`,
    description: textWithLeadIn(clause),
    codeTitle: code.data.title,
    codeShortTitle: code.data.shortTitle,
    issuer: code.data.issuer,
    name: clause.name,
    label: clause.label,
    section: clause.section,
    sectionHref: clause.sectionId ? `${at(paths.code(code.id))}#${clause.sectionId}` : null,
    leadIn: clause.leadIn,
    paragraphs: clause.text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    themes: clause.themes,
    touches: clause.touches,
    guidelineId: guideline?.id ?? null,
    guidelineTitle: guideline?.data.title ?? null,
    guidelineHref: guideline ? `${at(paths.guidelines())}#${guideline.id}` : null,
    codeHref: at(paths.code(code.id)),
    readInCodeHref: at(paths.clause(code.id, clause.id)),
    pageHref: at(paths.clausePage(code.id, clause.id)),
    canonicalPath: paths.clausePage(code.id, clause.id),
    embedHref: at(paths.embed(code.id, clause.id)),
    imageHref: at(clauseImagePath(plan, code.id, clause.id)),
    imageAlt:
      plan === 'clause'
        ? `${code.data.shortTitle}, ${clause.name}: ${textWithLeadIn(clause)}`
        : code.data.title,
    citation: citationLead(citeData(code, clause)),
    cite: citeData(code, clause),
    codeId: code.id,
    clauseId: clause.id,
  };
}
