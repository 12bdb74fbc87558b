// The importer's whole job as one pure function: plain source text in, the code's MDX file, its fidelity region
// and a report for the editor out. The script (scripts/import-code.ts) only reads and writes the files.
import type { Audience } from '../../schemas/code';
import { ID_PATTERN } from '../../lib/constants';
import { parseCode, type ParsedCode } from './parse';
import { PLACEHOLDER, renderBody, renderFrontMatter, shortTitleOf, type ProposedTags } from './render';
import { tidyLine } from './units';

/** Where a code sits in its source file, for the fidelity test: from the line starting `from` to the one starting `to`. */
export interface SourceRegion {
  file: string;
  from: string;
  to: string;
  /** Page furniture inside the region the importer left out (page numbers, running headers), line by line. */
  dropped?: string[];
}

export interface ImportOptions {
  /** The code id: the file name and URL slug. */
  id: string;
  /** File name of the source, as copied into the fidelity fixtures. */
  sourceFile: string;
  /** The code's title; defaults to the source's first line when that reads as a title. */
  title?: string;
  /** Import only from the line starting with this text… */
  from?: string;
  /** …to the line starting with this text (inclusive). */
  to?: string;
  /** What one clause is called where the code has no sections ("Principle", "Item"). */
  itemName?: string;
  audience: Audience;
  order: number;
  /** Date of the import, YYYY-MM-DD. */
  importedOn: string;
  /** How the source file was read ("UTF-8", "Windows-1252, CRLF line endings"), for the report. */
  readAs?: string;
  /**
   * Proposes the tags of every clause of the code, read together, in the order given (see
   * src/authoring/tagging/suggester.ts `proposeCode`).
   */
  tags: (texts: readonly string[]) => (ProposedTags & { note?: string })[];
}

export interface ImportResult {
  mdx: string;
  region: SourceRegion;
  parsed: ParsedCode;
  /** Human-readable report: what was found, what to check, the proposed tags. */
  report: string;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

/** The lines of `source` from the one starting `from` to the one starting `to`, with the first one's line number. */
export function selectRegion(
  source: string,
  from?: string,
  to?: string,
): { text: string; firstLine: number } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const tidy = lines.map(tidyLine);
  const start = from ? tidy.findIndex((line) => line.startsWith(tidyLine(from))) : 0;
  if (start < 0) throw new ImportError(`--from: no line of the source starts with "${from}"`);
  const end = to
    ? tidy.findIndex((line, index) => index >= start && line.startsWith(tidyLine(to)))
    : lines.length - 1;
  if (end < 0)
    throw new ImportError(`--to: no line of the source after "${from ?? 'the start'}" starts with "${to}"`);
  return { text: lines.slice(start, end + 1).join('\n'), firstLine: start + 1 };
}

export function importCode(source: string, options: ImportOptions): ImportResult {
  if (!ID_PATTERN.test(options.id))
    throw new ImportError(`--id "${options.id}" must be lower-case words joined by hyphens, e.g. "ohio-cps"`);
  const { text, firstLine } = selectRegion(source, options.from, options.to);
  const nonBlank = text.split(/\r?\n/).map(tidyLine).filter(Boolean);
  if (nonBlank.length === 0) throw new ImportError('the source has no text to import');
  const itemPrefix = (options.itemName ?? 'item').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const parsed = parseCode(text, { itemPrefix, firstLine, title: options.title });
  const clauses = parsed.parts.filter((part) => part.kind === 'clause');
  if (clauses.length === 0)
    throw new ImportError(
      'found no clauses: no numbered items, and no unnumbered statements under a heading or lead-in',
    );

  const title = options.title ?? parsed.title;
  if (!title) throw new ImportError('the source does not start with a title line: give one with --title "…"');
  // The source's title line shows as the page's title; kept in the body only when --title replaces it.
  const keepTitle = Boolean(options.title && parsed.title && options.title !== parsed.title);

  const proposed = options.tags(clauses.map((clause) => clause.text));
  const proposals = new Map(clauses.map((clause, index) => [clause.id, proposed[index]!]));
  const front = renderFrontMatter({
    title,
    sourceFile: options.sourceFile,
    audience: options.audience,
    order: options.order,
    itemName: options.itemName,
    importedOn: options.importedOn,
  });
  const body = renderBody(parsed, (clause) => proposals.get(clause.id)!, keepTitle);
  const droppedLines = new Set(parsed.dropped.map((entry) => entry.line));
  const kept = text
    .split(/\r?\n/)
    .map((line, index) => ({ text: tidyLine(line), line: firstLine + index }))
    .filter((line) => line.text && !droppedLines.has(line.line));
  const region: SourceRegion = { file: options.sourceFile, from: kept[0]!.text, to: kept.at(-1)!.text };
  if (parsed.dropped.length > 0) region.dropped = [...new Set(parsed.dropped.map((entry) => entry.text))];
  if (!regionResolves(source, region, kept[0]!.line, kept.at(-1)!.line)) {
    parsed.notes.push(
      `line ${kept[0]!.line}: the fidelity region (from "${region.from}" to "${region.to}") finds other lines first: edit it in content/sources/regions.json`,
    );
  }
  return {
    mdx: `${front}\n\n${body}`,
    region,
    parsed,
    report: report(options, title, parsed, proposals, keepTitle),
  };
}

function report(
  options: ImportOptions,
  title: string,
  parsed: ParsedCode,
  proposals: Map<string, ProposedTags & { note?: string }>,
  keepTitle: boolean,
): string {
  const parts = parsed.parts;
  const clauses = parts.filter((part) => part.kind === 'clause');
  const count = (kind: string) => clauses.filter((clause) => clause.clauseKind === kind).length;
  const sections = parts.filter((part) => part.kind === 'heading').length;
  const leadIns = parts.filter((part) => part.kind === 'paragraph' && part.leadIn).length;
  const preamble = parts.filter((part) => part.kind === 'paragraph' && !part.leadIn).length;
  const lines = [
    `Imported ${options.sourceFile} as content/codes/${options.id}.mdx (status: draft)`,
    options.readAs ? `  read as ${options.readAs}` : '',
    `  ${clauses.length} clauses: ${count('number')} numbered, ${count('letter')} lettered, ${count('bullet')} bulleted, ${count('statement')} unnumbered statements, ${count('note')} notes`,
    `  ${sections} section headings, ${leadIns} lead-ins, ${preamble} paragraphs of running text${parts.some((part) => part.kind === 'attestation') ? ', an attestation' : ''}`,
    keepTitle
      ? `  the source's first line "${parsed.title}" is kept as text (--title replaces it as the title)`
      : '',
    '',
    parsed.notes.length ? 'Check:' : 'Nothing to check in the structure.',
    ...parsed.notes.map((line) => `  ${line}`),
    '',
    parsed.dropped.length
      ? `Dropped as page furniture (${parsed.dropped.length} line${parsed.dropped.length === 1 ? '' : 's'}; if one is part of the code, delete it from "dropped" in regions.json and add it to the MDX):`
      : 'No page furniture dropped.',
    ...parsed.dropped.map((entry) => `  line ${entry.line}: "${entry.text}" (${entry.why})`),
    '',
    `Replace every "${PLACEHOLDER}" value in the front matter (issuer, jurisdiction, sourceNote, summary): until then \`npm run build\` refuses the file (a preview can show it with ALLOW_DRAFT_PLACEHOLDERS=1). Check shortTitle ("${shortTitleOf(title)}", made from the title), audience and order.`,
    '',
    'Proposed tags (review them on the draft page, then set status: reviewed):',
    ...clauses.map((clause) => {
      const tags = proposals.get(clause.id)!;
      const touches = tags.touches.length ? `; touches ${tags.touches.join(', ')}` : '';
      return `  ${clause.id} (${clause.label}) → ${tags.themes.join(', ')}${touches}${tags.note ? ` [${tags.note}]` : ''}`;
    }),
  ];
  return lines.filter((line, index) => line !== '' || lines[index - 1] !== '').join('\n');
}

/** True when the fidelity test, looking for the first line starting `from` and then `to`, finds the imported lines. */
function regionResolves(source: string, region: SourceRegion, fromLine: number, toLine: number): boolean {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map(tidyLine);
  const start = lines.findIndex((line) => line.startsWith(region.from));
  const end = lines.findIndex((line, index) => index >= start && line.startsWith(region.to));
  return start === fromLine - 1 && end === toLine - 1;
}
