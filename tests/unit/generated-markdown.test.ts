// The bench writes its scale table into bench/README.md through Prettier, so a bench run leaves a README that
// `npm run lint` (prettier --check) accepts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/lib/dist';
import { spliceBetween, writeGeneratedSection } from '../../tools/lib/generated-markdown';

const markers = { start: '<!-- table:start -->', end: '<!-- table:end -->' };
// As the bench makes its tables: cells unpadded, rows of different widths, a line longer than the print width.
const table = [
  '| codes | clauses | build s (Astro + pagefind) |',
  '| --- | --- | --- |',
  '| 5 | 204 | 7.6 (6.1 + 0.3) |',
  '| 500 | 19476 | 243.2 (177.8 + 63.3) |',
  '',
  `Build time grows at most linearly with clauses (${'a long sentence, '.repeat(8)}): **no**.`,
].join('\n');
const lintAccepts = async (text: string, file: string) =>
  check(text, { ...(await resolveConfig(join(ROOT, 'README.md'))), filepath: file });

describe('writing a generated section of a Markdown file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'generated-md-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the content between the markers', () => {
    expect(
      spliceBetween(`a\n${markers.start}\nold\n${markers.end}\nb`, markers.start, markers.end, 'new'),
    ).toBe(`a\n${markers.start}\nnew\n${markers.end}\nb`);
  });

  it('leaves a file the formatting check accepts, with the new table in it', async () => {
    const file = join(dir, 'README.md');
    writeFileSync(file, `# Bench\n\nText.\n\n${markers.start}\nold\n${markers.end}\n\nMore.\n`);
    expect(await lintAccepts(table, file)).toBe(false); // the raw table is what used to fail the lint
    expect(await writeGeneratedSection(file, markers, table)).toBe(true);
    const written = readFileSync(file, 'utf8');
    expect(await lintAccepts(written, file)).toBe(true);
    expect(written).toMatch(/\| 500 +\| 19476 +\| 243\.2 \(177\.8 \+ 63\.3\) +\|/);
    expect(written).not.toContain('old');
    expect(written).toContain('More.');
  });

  it('writes nothing to a file without the markers', async () => {
    const file = join(dir, 'other.md');
    writeFileSync(file, '# Other\n');
    expect(await writeGeneratedSection(file, markers, table)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('# Other\n');
  });

  it('keeps bench/README.md as the lint wants it when its table is written again', async () => {
    const file = join(ROOT, 'bench/README.md');
    const readme = readFileSync(file, 'utf8');
    const start = '<!-- scale-table:start (written by npm run bench -- --codes N) -->';
    const end = '<!-- scale-table:end -->';
    expect(readme).toContain(start);
    const copy = join(dir, 'bench-README.md');
    writeFileSync(copy, readme);
    await writeGeneratedSection(copy, { start, end }, table);
    expect(await lintAccepts(readFileSync(copy, 'utf8'), copy)).toBe(true);
  });
});
