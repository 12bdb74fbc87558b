// Plain-text citations, the same on the page, in handouts and in exports.

export interface CitationParts {
  codeTitle: string;
  issuer?: string;
  /** The clause's full name (see clauseName), e.g. "Conflicts of Interest 3.". */
  clause: string;
}

/** "Title. Issuer. Clause name." — everything but the URL; a full stop closes each part. */
export function citationLead({ codeTitle, issuer, clause }: CitationParts): string {
  return [codeTitle, issuer, clause]
    .filter(Boolean)
    .map((part) => (part!.endsWith('.') ? part : `${part}.`))
    .join(' ');
}

/** The full citation: lead, then the clause's permalink. */
export function formatCitation(parts: CitationParts & { url: string }): string {
  return `${citationLead(parts)} ${parts.url}`;
}

/**
 * How a clause is named in running text and headings: "Conflicts of Interest 3.", "Principle: Conduct ¶ 2", or,
 * where the code has no sections, "Value 3." (with the code's item name) or just "3.".
 */
export function clauseName(section: string | null, label: string, itemName?: string): string {
  if (section) return `${section} ${label}`;
  return itemName ? `${itemName} ${label}` : label;
}
