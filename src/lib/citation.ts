// Plain-text citations, the same on the page, in handouts and in exports.

export interface CitationParts {
  codeTitle: string;
  issuer?: string;
  section: string | null;
  label: string;
}

/** "Title. Issuer. Section, Label." — everything but the URL; a full stop closes each part. */
export function citationLead({ codeTitle, issuer, section, label }: CitationParts): string {
  const where = [section, label].filter(Boolean).join(', ');
  return [codeTitle, issuer, where]
    .filter(Boolean)
    .map((part) => (part!.endsWith('.') ? part : `${part}.`))
    .join(' ');
}

/** The full citation: lead, then the clause's permalink. */
export function formatCitation(parts: CitationParts & { url: string }): string {
  return `${citationLead(parts)} ${parts.url}`;
}

/** How a clause is named in running text and headings: "Conflicts of Interest 3." or "Principle: Conduct ¶ 2". */
export function clauseName(section: string | null, label: string): string {
  return section ? `${section} ${label}` : label;
}
