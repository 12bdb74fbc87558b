// The props of one clause's own page (/codes/<code>/<clause>/), the page made for sharing a clause: the clause as
// every surface reads it (clause.ts), and what only this page shows.
import type { Clause, Code, Guideline } from '../content/model';
import { textWithLeadIn } from '../content/lead-in';
import { clauseView, type ClauseView } from './clause';
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

export interface ClausePageView extends ClauseView {
  /** Page title (the layout appends the site name): "Alaska PSP, Conflicts of Interest 3.". */
  title: string;
  /** Meta and og:description: the clause text with its lead-in, what a link preview shows. */
  description: string;
  codeTitle: string;
  codeShortTitle: string;
  issuer: string;
  leadIn: string | null;
  /** The clause text, one entry per paragraph. */
  paragraphs: string[];
  codeHref: string;
  /** The canonical path of the page, below the base: an alias page points at the current id's page. */
  canonicalPath: string;
  embedHref: string;
  /** Preview image path with base, and its text alternative. */
  imageHref: string;
  imageAlt: string;
}

export function clausePageView({ code, clause, guidelines, plan, base }: ClausePageInput): ClausePageView {
  const at = (path: string) => withBase(path, base);
  return {
    ...clauseView(code, clause, guidelines, base),
    title: `${code.data.shortTitle}, ${clause.name}`,
    description: textWithLeadIn(clause),
    codeTitle: code.data.title,
    codeShortTitle: code.data.shortTitle,
    issuer: code.data.issuer,
    leadIn: clause.leadIn,
    paragraphs: clause.text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    codeHref: at(paths.code(code.id)),
    canonicalPath: paths.clausePage(code.id, clause.id),
    embedHref: at(paths.embed(code.id, clause.id)),
    imageHref: at(clauseImagePath(plan, code.id, clause.id)),
    imageAlt:
      plan === 'clause'
        ? `${code.data.shortTitle}, ${clause.name}: ${textWithLeadIn(clause)}`
        : code.data.title,
  };
}
