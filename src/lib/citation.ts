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

/** What the Cite menu needs about a clause, beyond its URL (carried to the browser as JSON). */
export interface CiteData extends CitationParts {
  /** Short name of the code, for link text: "Alaska PSP". */
  shortTitle: string;
  /** Year or date adopted, as the code's front matter gives it; absent for undated codes. */
  adopted?: string;
  leadIn: string | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "September 21, 2020". */
function longDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * APA 7th's date element from free-text `adopted`: "(2020, September 21)" for an ISO date, "(2017)" where a year
 * is all there is, null for an undated code ("n.d.", which then needs a retrieval date).
 */
export function apaDate(adopted: string | undefined): string | null {
  const full = adopted?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (full) return `${full[1]}, ${MONTHS[Number(full[2]) - 1]} ${Number(full[3])}`;
  return adopted?.match(/\b(1[89]\d{2}|20\d{2})\b/)?.[1] ?? null;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stop = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * APA 7th reference, the issuing body as group author: "Issuer. (2020, September 21). *Title* (Clause). URL".
 * An undated code gets "(n.d.)" and "Retrieved <date>, from URL". Plain text and HTML (title in italics).
 */
export function apaCitation(
  data: Pick<CiteData, 'codeTitle' | 'issuer' | 'clause' | 'adopted'> & { url: string; retrieved: Date },
): {
  text: string;
  html: string;
} {
  const date = apaDate(data.adopted);
  const author = stop(data.issuer ?? data.codeTitle);
  const clause = data.clause.replace(/\.$/, '');
  const tail = date ? data.url : `Retrieved ${longDate(data.retrieved)}, from ${data.url}`;
  const when = `(${date ?? 'n.d.'}).`;
  return {
    text: `${author} ${when} ${data.codeTitle} (${clause}). ${tail}`,
    html: `${escapeHtml(author)} ${escapeHtml(when)} <i>${escapeHtml(data.codeTitle)}</i> (${escapeHtml(clause)}). ${
      date ? '' : `Retrieved ${escapeHtml(longDate(data.retrieved))}, from `
    }<a href="${escapeHtml(data.url)}">${escapeHtml(data.url)}</a>`,
  };
}

/** A Markdown link named by code and clause: "[Alaska PSP, Conflicts of Interest 3.](url)". */
export function markdownLink(data: Pick<CiteData, 'shortTitle' | 'clause'> & { url: string }): string {
  const name = `${data.shortTitle}, ${data.clause}`.replace(/([[\]\\])/g, '\\$1');
  return `[${name}](${data.url.replace(/\)/g, '%29')})`;
}

/**
 * The clause as a quotation for pasting into Word, Google Docs or an LMS editor: HTML keeps it a block quote
 * with a linked source line; the plain-text twin is the quote in quotation marks, then source and URL.
 */
export function richQuote(data: CiteData & { text: string; url: string }): { html: string; text: string } {
  const quote = data.leadIn ? `${data.leadIn} ${data.text}` : data.text;
  const paragraphs = quote.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim());
  const source = `${data.codeTitle}, ${data.clause}`;
  return {
    html: `<blockquote>${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}<p>— <a href="${escapeHtml(data.url)}">${escapeHtml(source)}</a></p></blockquote>`,
    text: `“${paragraphs.join('\n\n')}”\n— ${stop(source)} ${data.url}`,
  };
}
