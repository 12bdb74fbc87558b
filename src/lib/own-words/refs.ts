// Evidence references: our own words about a code cite the clause they rest on as a Markdown link with the
// `clause:` scheme, `[Alaska PSP conflicts 3](clause:alaska-psp:conflicts-3)`. The build resolves each to the
// clause's permalink and fails on one that names no clause (see checks.ts). The target is a clause reference
// (../clause-ref.ts).
import { parseClauseRef, type ClauseRef } from '../clause-ref';

/** One `clause:` link found in a text: its clause, or empty ids when the target is malformed. */
export interface ClauseLink extends ClauseRef {
  /** The link text, as written. */
  label: string;
  /** What follows `clause:`, as written (`alaska-psp:conflicts-3`). */
  target: string;
}

/** The URL scheme of an evidence reference. */
export const CLAUSE_SCHEME = 'clause:';

// [label](clause:target): the label has no brackets, the target no spaces or closing parenthesis.
const LINK = /\[([^\]]*)\]\(clause:([^)\s]*)\)/g;

/** The link found at a match of LINK. */
function linkOf(label: string, target: string): ClauseLink {
  return { label, target, ...(parseClauseRef(target) ?? { codeId: '', clauseId: '' }) };
}

/** Every `clause:` link in a Markdown (or front-matter) string, in order. */
export function findClauseRefs(text: string): ClauseLink[] {
  return [...text.matchAll(LINK)].map((match) => linkOf(match[1]!, match[2]!));
}

/** The text with every `clause:` link reduced to its label: for meta descriptions and plain-text exports. */
export function stripClauseRefs(text: string): string {
  return text.replace(LINK, (_whole, label: string) => label);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/**
 * A front-matter string as HTML: the text escaped, each `clause:` link an <a> to the URL `href` gives it. `href`
 * throws on a reference it cannot resolve, so a page never shows a dead citation.
 */
export function renderWithClauseLinks(text: string, href: (ref: ClauseLink) => string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const ref = linkOf(match[1]!, match[2]!);
    html +=
      escapeHtml(text.slice(last, match.index)) +
      `<a href="${escapeHtml(href(ref))}">${escapeHtml(ref.label)}</a>`;
    last = match.index! + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}
