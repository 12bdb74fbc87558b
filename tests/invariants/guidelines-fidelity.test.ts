// The IAPS practice guideline explanations are source text too: each value entry's title and body, joined by the
// source's dash, is one line of the training module, word for word (white space, quotes and dashes normalised).
// A title cut at a hyphen inside the value ("open-minded") fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/lib/content/load-from-disk';
import { REAL_CONTENT, loadContent } from '../support/content';
import { normalizeText } from '../support/text';

const SOURCE = join(import.meta.dirname, '../../content/sources/iaps-practice-guidelines-explained.txt');
const sourceLines = readFileSync(SOURCE, 'utf8').split(/\r?\n/).map(normalizeText).filter(Boolean);
const guidelines = loadContent(REAL_CONTENT).guidelines;

describe('IAPS practice guidelines', () => {
  const values = guidelines.filter((entry) => entry.data.kind === 'value');

  it('has one entry per IAPS value', () => {
    expect(values).toHaveLength(12);
  });

  it.each(values.map((entry) => [entry.id, entry] as const))(
    '%s: title – body is a line of the source',
    (_id, entry) => {
      const { body } = splitFrontMatter(
        readFileSync(join(REAL_CONTENT, entry.filePath!), 'utf8'),
        entry.filePath!,
      );
      const line = normalizeText(`${entry.data.title} – ${body}`);
      // The source spaces its dashes unevenly ("mutual and reciprocal –Both"): compare with the dash's spacing removed.
      const squash = (text: string) => text.replace(/\s*-\s*(?=[A-Z])/, ' - ');
      expect(sourceLines.map(squash)).toContain(squash(line));
    },
  );
});
