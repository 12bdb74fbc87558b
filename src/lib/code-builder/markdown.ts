// The draft (draft.ts) as Markdown, for the builder's download: a module of its own, so that the page loads
// it (and the citation helpers) only when the reader downloads.
import { formatCitation } from '../citation';
import { madeOnLine, REFERENCE_NOTICE } from '../selection/provenance';
import { DEFAULT_DRAFT_TITLE, type Draft, type DraftEntry, type SourceClause } from './draft';

/** "From" when quoted as is, "Adapted from" when reworded (white space aside). */
function attribution(entry: DraftEntry, source: SourceClause): string {
  const same = entry.text.replace(/\s+/g, ' ').trim() === source.text.replace(/\s+/g, ' ').trim();
  return `${same ? 'From' : 'Adapted from'} ${source.name}`;
}

/** The draft as Markdown: a section per theme in taxonomy order, then every source code and clause used. */
export function draftMarkdown(
  draft: Draft,
  themes: { id: string; label: string }[],
  sources: Map<string, SourceClause>,
  origin: string,
  date: Date = new Date(),
): string {
  const lines = [`# ${oneLine(draft.title) || DEFAULT_DRAFT_TITLE}`, ''];
  lines.push(
    '_A draft. "From" marks a clause quoted from an established code, "Adapted from" one reworded from it; the Sources section cites each._',
    '',
  );
  const used: { entry: DraftEntry; source: SourceClause }[] = [];
  for (const theme of themes) {
    const entries = draft.entries.filter((entry) => entry.themeId === theme.id && entry.text.trim());
    if (!entries.length) continue;
    // Adopted clauses first, in the order adopted; the program's own wording last.
    entries.sort((a, b) => Number(!a.source) - Number(!b.source));
    lines.push(`## ${oneLine(theme.label)}`, '');
    entries.forEach((entry, index) => {
      const [first = '', ...rest] = entry.text
        .trim()
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim().replace(/\n/g, '\n   '));
      lines.push(`${index + 1}. ${first}`);
      for (const paragraph of rest) lines.push('', `   ${paragraph}`);
      const source = entry.source ? sources.get(entry.source) : undefined;
      if (source) {
        lines.push('', `   _(${attribution(entry, source)})_`);
        used.push({ entry, source });
      }
      lines.push('');
    });
  }
  if (used.length) {
    lines.push('## Sources', '');
    const codes = [...new Map(used.map(({ source }) => [source.codeId, source])).values()];
    for (const code of codes) {
      lines.push(`- ${code.codeTitle}. ${code.issuer}. <${new URL(code.codeUrl, origin).href}>`);
      for (const { entry, source } of used.filter(({ source }) => source.codeId === code.codeId)) {
        const cite = formatCitation({
          codeTitle: source.codeTitle,
          clause: source.clause,
          url: new URL(source.url, origin).href,
        });
        lines.push(`  - ${attribution(entry, source).startsWith('From') ? 'Quoted' : 'Adapted'}: ${cite}`);
      }
    }
    lines.push('');
  }
  lines.push(`_${madeOnLine(date)} ${REFERENCE_NOTICE}_`, '');
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
