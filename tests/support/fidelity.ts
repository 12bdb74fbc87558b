// The verbatim checks shared by the fidelity test (real content) and the importer's build test (imported
// fixtures): a code's source region, and what of it is missing from, or invented on, its built page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code } from '../../src/lib/content/model';
import { decodeSource } from '../../src/authoring/import/decode';
import { readMarker } from '../../src/authoring/import/markers';
import { parseRegions, type RegionManifest } from '../../src/authoring/import/regions';
import type { SourceRegion } from '../../src/authoring/import/import-code';
import { normalizeText } from './text';

const SOURCES = join(import.meta.dirname, '../../content/sources');

/** Every code's source region (content/sources/regions.json; the importer adds to it). */
export function readRegions(dir = SOURCES): RegionManifest {
  return parseRegions(readFileSync(join(dir, 'regions.json'), 'utf8'));
}

/**
 * The non-blank lines of a region, normalised, from the line starting `from` to the one starting `to`, without the
 * page furniture the importer dropped (the region's `dropped`). The file is read as the importer reads it (UTF-8,
 * UTF-16 or Windows-1252).
 */
export function sourceLines({ file, from, to, dropped = [] }: SourceRegion, dir = SOURCES): string[] {
  const furniture = new Set(dropped.map(normalizeText));
  const lines = decodeSource(readFileSync(join(dir, file)))
    .text.split('\n')
    .map(normalizeText)
    .filter((line) => line && !furniture.has(line));
  const start = lines.findIndex((line) => line.startsWith(normalizeText(from)));
  const end = lines.findIndex((line, index) => index >= start && line.startsWith(normalizeText(to)));
  if (start < 0 || end < 0) throw new Error(`region of ${file} not found (from "${from}" to "${to}")`);
  return lines.slice(start, end + 1);
}

/** A source line without its list number, bullet or NOTE marker (as the importer reads them): the clause text. */
const withoutMarker = (line: string) => readMarker(line)?.text ?? line;

/**
 * The region as one text, lines joined as a PDF wrapped them (with a space, or with none after a line ending in a
 * hyphen), with the offsets where its lines start and end. A clause's text must run from a line's start to a
 * line's end.
 */
function joinedRegion(lines: string[]): { text: string; starts: Set<number>; ends: Set<number> } {
  let text = '';
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const line of lines.map(withoutMarker)) {
    if (text) text += /[A-Za-z]-$/.test(text) && /^[a-z]/.test(line) ? '' : ' ';
    starts.add(text.length);
    text += line;
    ends.add(text.length);
  }
  return { text, starts, ends };
}

export interface FidelityFailures {
  /** Source lines (markers dropped) not found on the page. */
  missing: string[];
  /** Ids of clauses whose text is not a run of the source's lines. */
  invented: string[];
  /** Numbered or NOTE source lines that no clause starts with. */
  unclaused: string[];
}

export function fidelityFailures(
  lines: string[],
  code: Pick<Code, 'clauses'>,
  pageText: string,
): FidelityFailures {
  const page = normalizeText(pageText);
  const region = joinedRegion(lines);
  const oneLine = (text: string) => normalizeText(text);
  const isRun = (text: string) => {
    for (let at = region.text.indexOf(text); at >= 0; at = region.text.indexOf(text, at + 1)) {
      if (region.starts.has(at) && region.ends.has(at + text.length)) return true;
    }
    return false;
  };
  const clauseTexts = code.clauses.map((clause) => oneLine(clause.text));
  return {
    missing: lines.map(withoutMarker).filter((line) => !page.includes(line)),
    invented: code.clauses.filter((clause) => !isRun(oneLine(clause.text))).map((clause) => clause.id),
    unclaused: lines
      .filter((line) => readMarker(line) !== null)
      .map(withoutMarker)
      .filter((line) => !clauseTexts.some((text) => text.startsWith(line))),
  };
}
