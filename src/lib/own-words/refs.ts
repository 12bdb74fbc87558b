// Evidence references: our own words about a code cite the clause they rest on as a Markdown link with the
// `clause:` scheme, `[Alaska PSP conflicts 3](clause:alaska-psp/conflicts-3)`. The build resolves each to the
// clause's permalink and fails on one that names no clause (see checks.ts).

/** One `clause:` link found in a text. */
export interface ClauseRef {
  /** The link text, as written. */
  label: string;
  /** What follows `clause:`, as written (`alaska-psp/conflicts-3`). */
  target: string;
  /** Code id, or '' when the target is malformed. */
  codeId: string;
  /** Clause id, or '' when the target is malformed. */
  clauseId: string;
}

/** The URL scheme of an evidence reference. */
export const CLAUSE_SCHEME = 'clause:';

// [label](clause:target): the label has no brackets, the target no spaces or closing parenthesis.
const LINK = /\[([^\]]*)\]\(clause:([^)\s]*)\)/g;
const TARGET = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Splits `code-id/clause-id`; empty ids when it is not of that form. */
export function parseTarget(target: string): { codeId: string; clauseId: string } {
  const match = TARGET.exec(target);
  return match ? { codeId: match[1]!, clauseId: match[2]! } : { codeId: '', clauseId: '' };
}

/** Every `clause:` link in a Markdown (or front-matter) string, in order. */
export function findClauseRefs(text: string): ClauseRef[] {
  return [...text.matchAll(LINK)].map((match) => ({
    label: match[1]!,
    target: match[2]!,
    ...parseTarget(match[2]!),
  }));
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
export function renderWithClauseLinks(text: string, href: (ref: ClauseRef) => string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const ref: ClauseRef = { label: match[1]!, target: match[2]!, ...parseTarget(match[2]!) };
    html +=
      escapeHtml(text.slice(last, match.index)) +
      `<a href="${escapeHtml(href(ref))}">${escapeHtml(ref.label)}</a>`;
    last = match.index! + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}
