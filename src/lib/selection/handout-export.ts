// The handout's citations, downloads and clipboard text (Markdown, CSV). Kept apart from handout.ts so the
// page loads it (and the citation formats) after the clauses are on screen.
import { toSpreadsheetCsv } from '../exports/csv';
import { apaCitation } from '../citation';
import { absolute, type HandoutGroup, type HandoutItem } from './handout';
import { madeOn, madeOnLine, REFERENCE_NOTICE, sourceLines } from './provenance';

/**
 * The clause's APA 7th reference (lib/citation.ts, as the Cite menu makes it), pointing at its page: plain text
 * and HTML (the title in italics, the URL a link). `retrieved` dates an undated code's reference.
 */
export function itemCitation(item: HandoutItem, origin: string, retrieved: Date = new Date()) {
  return apaCitation({
    codeTitle: item.codeTitle,
    issuer: item.issuer,
    clause: item.name,
    adopted: item.adopted,
    url: absolute(item.pageUrl, origin),
    retrieved,
  });
}

/**
 * Every citation in APA 7th, in handout order, pointing at the clause pages: plain text one per line, and HTML
 * one paragraph each (titles in italics, links live) for pasting into a document.
 */
export function allCitations(
  groups: HandoutGroup[],
  origin: string,
  date: Date = new Date(),
): { text: string; html: string } {
  const citations = groups.flatMap((group) => group.items.map((item) => itemCitation(item, origin, date)));
  return {
    text: citations.map((citation) => citation.text).join('\n') + '\n',
    html: citations.map((citation) => `<p>${citation.html}</p>`).join(''),
  };
}

/** An APA reference in Markdown: the title in italics, the URL an autolink, the rest kept literal. */
function markdownCitation(item: HandoutItem, origin: string, date: Date): string {
  const { text } = itemCitation(item, origin, date);
  const url = absolute(item.pageUrl, origin);
  const title = escapeMarkdown(item.codeTitle);
  const lead = escapeMarkdown(text.slice(0, text.length - url.length).trimEnd());
  return `${lead.replace(`). ${title} (`, `). *${title}* (`)} <${url}>`;
}

/** The handout as Markdown: a heading per group, each clause quoted with its citation; then where it comes from. */
export function handoutMarkdown(
  title: string,
  groups: HandoutGroup[],
  origin: string,
  date: Date = new Date(),
): string {
  const lines = [`# ${oneLine(title)}`, ''];
  for (const group of groups) {
    lines.push(`## ${oneLine(group.label)}`, '');
    for (const item of group.items) {
      lines.push(`### ${oneLine(item.codeTitle)}: ${oneLine(item.name)}`, '');
      for (const paragraph of item.text.split(/\n{2,}/)) lines.push(`> ${escapeMarkdown(paragraph)}`, '>');
      lines.pop();
      lines.push('', markdownCitation(item, origin, date), '');
    }
  }
  const items = groups.flatMap((group) => group.items);
  lines.push(
    '---',
    '',
    '## Sources',
    '',
    ...sourceLines(items).map((line) => `- ${escapeMarkdown(line)}`),
    '',
  );
  lines.push(`_${madeOnLine(date)} ${REFERENCE_NOTICE}_`, '');
  return lines.join('\n');
}

/**
 * The first eleven columns as before; `lead_in`, `made_on` and `notice` appended (where the rows come from).
 * `url` is the clause's page and `citation` its APA 7th reference, as the handout shows them.
 */
export const HANDOUT_CSV_HEADER = [
  'group',
  'code_id',
  'clause_id',
  'code_title',
  'issuer',
  'section',
  'label',
  'themes',
  'url',
  'text',
  'citation',
  'lead_in',
  'made_on',
  'notice',
];

/** One row per clause in handout order, RFC 4180 with a byte-order mark (the /data/crosswalk.csv writer). */
export function handoutCsv(groups: HandoutGroup[], origin: string, date: Date = new Date()): string {
  const rows = groups.flatMap((group) =>
    group.items.map((item) => [
      group.label,
      item.codeId,
      item.clause.id,
      item.codeTitle,
      item.issuer,
      item.clause.section ?? '',
      item.clause.label,
      item.clause.themes.join(' '),
      absolute(item.pageUrl, origin),
      item.clause.text,
      itemCitation(item, origin, date).text,
      item.clause.lead_in ?? '',
      madeOn(date),
      REFERENCE_NOTICE,
    ]),
  );
  return toSpreadsheetCsv(HANDOUT_CSV_HEADER, rows);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Keeps clause text literal in Markdown: characters that would start markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\s*)(\d+)\.(\s)/, '$1$2\\.$3')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3');
}
