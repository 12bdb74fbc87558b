// Reads the structure of a code out of its units: title, preamble, section headings, lead-ins, clauses with ids
// and labels, and the attestation. When a unit could be read two ways it is kept as text and noted, never split.
import { headingAnchors, sectionAddress, unique } from './ids';
import { findFurniture, formFeedLines, type DroppedLine } from './furniture';
import { readMarker } from './markers';
import {
  SIGNATURE_FIELD,
  isHeadingLike,
  isPatternHeading,
  isTitleLike,
  splitUnits,
  type Unit,
} from './units';

export type ClauseKind = 'number' | 'letter' | 'note' | 'bullet' | 'statement';

export type Part =
  | { kind: 'heading'; text: string; line: number }
  /** Running text; `leadIn` when it ends in a colon and opens the clauses after it. */
  | { kind: 'paragraph'; text: string; line: number; leadIn: boolean }
  | {
      kind: 'clause';
      clauseKind: ClauseKind;
      id: string;
      label: string;
      text: string;
      line: number;
      section: string | null;
      leadIn: string | null;
    }
  /** The signature block, one entry per line. */
  | { kind: 'attestation'; lines: string[]; line: number };

export type ClausePart = Extract<Part, { kind: 'clause' }>;

export interface ParsedCode {
  /** The document's title line, when it starts with one. */
  title: string | null;
  parts: Part[];
  /** What the reader of the report should check, each with its source line. */
  notes: string[];
  /** Page furniture left out (page numbers, running headers and footers), with why. */
  dropped: DroppedLine[];
}

export interface ParseOptions {
  /** Id prefix of clauses outside any section ("item", "principle"). */
  itemPrefix: string;
  /** 1-based line of the text's first line in its file, for the notes. */
  firstLine?: number;
  /** The title the editor gave (--title): a first line that says the same is the title, not text. */
  title?: string;
}

const ATTESTATION = /^I\b.*\b(attest|certify|acknowledge|have read)\b/i;

export function parseCode(
  source: string,
  { itemPrefix, firstLine = 1, title: givenTitle }: ParseOptions,
): ParsedCode {
  const rawLines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const dropped = findFurniture(rawLines, firstLine);
  const units = splitUnits(source, { firstLine, skip: new Set(dropped.map((entry) => entry.line)) });
  const notes: string[] = [];
  const note = (unit: Unit, message: string) => notes.push(`line ${unit.line}: ${message}`);
  for (const line of formFeedLines(rawLines, firstLine))
    notes.push(
      `line ${line}: a form feed (page break) was read as white space: nothing to do unless words were lost there`,
    );

  for (const unit of units) {
    if (unit.lines > 1) {
      note(
        unit,
        `${unit.lines} lines joined into one (wrapped) "${excerpt(unit.text)}": if they are separate items, put a blank line between them in the source and import again`,
      );
      if (unit.hyphenJoin)
        note(unit, 'a line ending in a hyphen was joined without a space: check the word is as printed');
    }
  }

  let title: string | null = null;
  const first = units[0];
  if (first && givenTitle !== undefined && sameWords(first.text, givenTitle)) title = units.shift()!.text;
  else if (first && first.lines === 1 && isTitleLike(first.text) && !isPatternHeading(first.text))
    title = units.shift()!.text;

  const attestationAt = units.findIndex(
    (unit) => ATTESTATION.test(unit.text) || SIGNATURE_FIELD.test(unit.text),
  );
  const body = attestationAt >= 0 ? units.slice(0, attestationAt) : units;
  const signature = attestationAt >= 0 ? units.slice(attestationAt) : [];

  const isHeading = (unit: Unit) =>
    isPatternHeading(unit.text) || (unit.lines === 1 && isHeadingLike(unit.text));
  const headings = body.filter(isHeading).map((unit) => unit.text);
  const taken = headingAnchors(headings);
  const prefixes = new Set<string>();

  // Sections: the units before the first heading, then each heading with the units up to the next.
  const sections: { heading: Unit | null; units: Unit[] }[] = [{ heading: null, units: [] }];
  for (const unit of body) {
    if (isHeading(unit)) sections.push({ heading: unit, units: [] });
    else sections.at(-1)!.units.push(unit);
  }

  const parts: Part[] = [];
  for (const { heading, units: sectionUnits } of sections) {
    if (heading) parts.push({ kind: 'heading', text: heading.text, line: heading.line });
    const address = heading ? sectionAddress(heading.text, prefixes) : { prefix: itemPrefix, named: false };
    prefixes.add(address.prefix);
    const section = heading?.text ?? null;
    const marked = sectionUnits.some((unit) => readMarker(unit.text) !== null);
    let leadIn: string | null = null;
    let parent: string | null = null;
    let markerSeen = false;
    let lastNumber = 0;
    let bullets = 0;
    const statements: ClausePart[] = [];

    for (const unit of sectionUnits) {
      const clause = (clauseKind: ClauseKind, id: string, label: string, text: string): ClausePart => {
        const part: ClausePart = {
          kind: 'clause',
          clauseKind,
          id: unique(id, taken),
          label,
          text,
          line: unit.line,
          section,
          leadIn,
        };
        if (part.id !== id) note(unit, `id "${id}" was taken; this clause is "${part.id}"`);
        taken.add(part.id);
        parts.push(part);
        return part;
      };
      const marker = readMarker(unit.text);
      if (marker && (marker.kind === 'number' || marker.kind === 'roman' || marker.kind === 'named')) {
        const value = marker.value ?? 0;
        if (value !== lastNumber + 1)
          note(unit, `numbering goes from ${lastNumber} to ${value}: check that nothing is missing`);
        lastNumber = value;
        markerSeen = true;
        bullets = 0;
        parent = clause('number', `${address.prefix}-${marker.idPart}`, marker.label, marker.text).id;
        if (marker.text.endsWith(':'))
          note(
            unit,
            `item ${marker.label} ends in a colon: the clauses under it are not given it as their lead-in`,
          );
      } else if (marker?.kind === 'decimal') {
        markerSeen = true;
        clause('number', `${address.prefix}-${marker.idPart}`, marker.label, marker.text);
      } else if (marker?.kind === 'letter') {
        markerSeen = true;
        clause('letter', `${parent ?? address.prefix}-${marker.idPart}`, marker.label, marker.text);
      } else if (marker?.kind === 'note') {
        markerSeen = true;
        clause('note', `${address.prefix}-note`, 'NOTE', marker.text);
      } else if (marker?.kind === 'bullet') {
        // Bullets carry no number: counted within their section, or under the numbered item they follow.
        markerSeen = true;
        bullets += 1;
        clause('bullet', `${parent ?? address.prefix}-${bullets}`, `\u00B6 ${bullets}`, marker.text);
      } else if (unit.text.endsWith(':')) {
        leadIn = unit.text;
        parts.push({ kind: 'paragraph', text: unit.text, line: unit.line, leadIn: true });
      } else if ((!heading && leadIn === null) || (marked && markerSeen)) {
        // Preamble, or running text after numbered items: kept as text, never guessed into a clause.
        if (marked && markerSeen)
          note(
            unit,
            `kept as text, not a clause (unnumbered, after numbered items): "${excerpt(unit.text)}"`,
          );
        parts.push({ kind: 'paragraph', text: unit.text, line: unit.line, leadIn: false });
        leadIn = null;
      } else {
        const count = statements.length + 1;
        statements.push(clause('statement', `${address.prefix}-${count}`, `\u00B6 ${count}`, unit.text));
        parent = statements.at(-1)!.id;
      }
    }
    // Unnumbered statements are counted within their section ("¶ 1", "¶ 2"); a named principle's only statement
    // takes the principle's name as its id ("recovery-first"), and its sub-clauses follow.
    const only = statements.length === 1 ? statements[0]! : null;
    if (only && address.named && !taken.has(address.prefix)) {
      const old = only.id;
      for (const part of parts) {
        if (part.kind === 'clause' && (part.id === old || part.id.startsWith(`${old}-`))) {
          taken.delete(part.id);
          part.id = address.prefix + part.id.slice(old.length);
          taken.add(part.id);
        }
      }
    }
    if (statements.length > 0 && !address.named) {
      notes.push(
        `line ${statements[0]!.line}: ${statements.length} unnumbered paragraph${statements.length === 1 ? '' : 's'} ${section ? `under "${section}"` : 'after the lead-in'} made clauses (labels ¶ 1…): if any is prose rather than a clause, make it a plain paragraph`,
      );
    }
  }

  if (signature.length > 0) {
    parts.push({ kind: 'attestation', lines: signature.map((unit) => unit.text), line: signature[0]!.line });
    notes.push(
      `line ${signature[0]!.line}: ${signature.length} line${signature.length === 1 ? '' : 's'} kept as the attestation (signature block), as text`,
    );
  }
  const lineOf = (message: string) => Number(/^line (\d+)/.exec(message)?.[1] ?? 0);
  notes.sort((a, b) => lineOf(a) - lineOf(b));
  return { title, parts, notes, dropped };
}

/** The same words, ignoring case, white space and quote style. */
function sameWords(a: string, b: string): boolean {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return plain(a) === plain(b);
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
