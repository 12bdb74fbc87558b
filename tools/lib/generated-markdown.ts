// Writing a generated part of a Markdown file (the bench's scale table in bench/README.md) so that the file stays
// as `npm run lint` wants it: the new text goes between the file's markers and the whole file through Prettier,
// with the project's options.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ROOT } from './dist';

/** The text with `content` between the markers; unchanged when it lacks them. */
export function spliceBetween(text: string, start: string, end: string, content: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return text;
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** Markdown formatted with the project's Prettier options (those of its README). */
async function formatMarkdown(text: string): Promise<string> {
  const options = await resolveConfig(join(ROOT, 'README.md'));
  return format(text, { ...options, parser: 'markdown' });
}

/**
 * Replaces what is between the markers in a Markdown file and formats the file; writes only when it changed.
 * Returns false when the file has no markers (nothing written).
 */
export async function writeGeneratedSection(
  file: string,
  markers: { start: string; end: string },
  content: string,
): Promise<boolean> {
  const text = readFileSync(file, 'utf8');
  const spliced = spliceBetween(text, markers.start, markers.end, content);
  if (spliced === text && !text.includes(markers.start)) return false;
  const formatted = await formatMarkdown(spliced);
  if (formatted !== text) writeFileSync(file, formatted);
  return true;
}
