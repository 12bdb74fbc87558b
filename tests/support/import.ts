// Importing the synthetic fixtures (tests/fixtures/import/) as the importer script does, for the unit and build
// tests: a suggester trained on the real reviewed content proposes the tags.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { decodeSource } from '../../src/authoring/import/decode';
import { importCode, type ImportResult } from '../../src/authoring/import/import-code';
import { reviewedClauses, themeWords } from '../../src/authoring/tagging/corpus';
import { trainSuggester } from '../../src/authoring/tagging/suggester';
import { loadLexicon } from '../../src/lib/search/lexicon-file';
import { REAL_CONTENT, loadContent } from './content';
import { writeFrontMatter } from '../../tools/lib/front-matter';

export const IMPORT_FIXTURES = join(import.meta.dirname, '../fixtures/import');

/** The synthetic sources, one per shape, and the code id each is imported as. */
export const SHAPES = {
  'lead-in-items': { file: 'lead-in-items.txt', id: 'riverbend' },
  'principles-lettered': { file: 'principles-lettered.txt', id: 'harbor', itemName: undefined },
  'sections-numbered': { file: 'sections-numbered.txt', id: 'northfield' },
  'value-statements': { file: 'value-statements.txt', id: 'lakeside' },
  // The shapes real copies arrive in: "1….", single-spaced bullets with CRLF (a file Notepad saved as
  // Windows-1252 is in tests/unit/import-real-copies.test.ts), and a PDF copy with page furniture.
  'values-ellipsis': { file: 'values-ellipsis.txt', id: 'westmarch' },
  'bullets-crlf': { file: 'bullets-crlf.txt', id: 'riverside' },
  'numbered-furniture': { file: 'numbered-furniture.txt', id: 'eastlake' },
} as const;

const site = assembleSiteData(loadContent(REAL_CONTENT));
export const realThemeIds = site.themes.map((theme) => theme.id);
const suggester = trainSuggester(reviewedClauses(site), themeWords(site, loadLexicon(REAL_CONTENT)));

export function importFixture(
  file: string,
  id: string,
  extra: { title?: string; itemName?: string } = {},
): ImportResult {
  return importSource(decodeSource(readFileSync(join(IMPORT_FIXTURES, file))).text, file, id, extra);
}

export function importSource(
  source: string,
  file: string,
  id: string,
  extra: { title?: string; itemName?: string } = {},
): ImportResult {
  return importCode(source, {
    id,
    sourceFile: file,
    audience: 'behavioral-health',
    order: 100,
    importedOn: '2026-01-01',
    tags: (texts) => suggester.proposeCode(texts),
    ...extra,
  });
}

/**
 * A copy of the real content with every shape imported into it as a draft code, in `dir` (default: a new
 * temporary folder). `written` fills in the front matter the importer leaves as "EDIT:" placeholders, as an
 * editor does before committing a draft, so the content builds without ALLOW_DRAFT_PLACEHOLDERS.
 */
export function contentWithImports(
  dir = mkdtempSync(join(tmpdir(), 'pec-import-')),
  { written = false, limit = Infinity }: { written?: boolean; limit?: number } = {},
): {
  dir: string;
  results: Record<string, ImportResult>;
} {
  rmSync(dir, { recursive: true, force: true });
  cpSync(REAL_CONTENT, dir, { recursive: true });
  const results: Record<string, ImportResult> = {};
  for (const { file, id } of importedShapes(limit)) {
    results[id] = importFixture(file, id);
    const mdx = written ? writeFrontMatter(results[id].mdx, id, 'draft') : results[id].mdx;
    writeFileSync(join(dir, 'codes', `${id}.mdx`), mdx);
  }
  return { dir, results };
}

/**
 * The shapes to import, at most `limit` of them (at least one): the lettered principles (`harbor`, which the
 * build test's compare and crosswalk checks read) first, then the rest in order.
 */
export function importedShapes(limit = Infinity): { file: string; id: string }[] {
  const shapes = Object.values(SHAPES) as { file: string; id: string }[];
  const ordered = [
    ...shapes.filter((shape) => shape.id === 'harbor'),
    ...shapes.filter((shape) => shape.id !== 'harbor'),
  ];
  return ordered.slice(0, Math.max(1, limit));
}
