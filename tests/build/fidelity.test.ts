// Every line of every code in the source documents is on its built code page, word for word (white space,
// quotes and dashes normalised), and every clause's text is a line of its source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { mainText, readPage, requireBuild } from '../../tools/lib/dist';
import { REAL_CONTENT, loadContent } from '../support/content';
import { normalizeText } from '../support/text';

/** Where each code sits in its source document: from the line starting `from` to the line starting `to`. */
const REGIONS: Record<string, { file: string; from: string; to: string }> = {
  iaps: { file: 'iaps-and-magellan-dbsa-codes.txt', from: '1. Peer support is voluntary', to: '12. Peer support is person-driven' },
  'magellan-dbsa': { file: 'iaps-and-magellan-dbsa-codes.txt', from: '1. Peer Specialists believe', to: '10. Peer Specialists do not enter' },
  'dbhds-cprs': { file: 'dbhds-cprs-code.txt', from: 'Below is the DBHDS', to: 'I will improve my recovery service' },
  'peer-support-team': { file: 'peer-support-team-code.txt', from: 'Peer Support Team Code of Ethical Conduct', to: '21. utilize' },
  'alaska-psp': { file: 'alaska-psp-code.txt', from: 'Code of Ethics for Alaska Peer Support Professionals', to: 'Signature:' },
};

const SOURCES = join(import.meta.dirname, '../fixtures/sources');

function sourceLines({ file, from, to }: { file: string; from: string; to: string }): string[] {
  const lines = readFileSync(join(SOURCES, file), 'utf8').split(/\r?\n/).map(normalizeText).filter(Boolean);
  const start = lines.findIndex((line) => line.startsWith(normalizeText(from)));
  const end = lines.findIndex((line, index) => index >= start && line.startsWith(normalizeText(to)));
  if (start < 0 || end < 0) throw new Error(`region of ${file} not found`);
  return lines.slice(start, end + 1);
}

/** A source line without its list number or NOTE marker: the clause text as the page shows it. */
const withoutMarker = (line: string) => line.replace(/^(\d+\.|NOTE:)\s+/, '');

const site = assembleSiteData(loadContent(REAL_CONTENT));

describe('verbatim fidelity', () => {
  beforeAll(() => requireBuild());

  it('covers every code on the site', () => {
    expect(Object.keys(REGIONS).sort()).toEqual(site.codes.map((code) => code.id).sort());
  });

  for (const code of site.codes) {
    describe(code.id, () => {
      const region = REGIONS[code.id]!;
      const lines = sourceLines(region);

      it('has every source line on its page', () => {
        const page = normalizeText(mainText(readPage(`codes/${code.id}/index.html`)));
        const missing = lines.map(withoutMarker).filter((line) => !page.includes(line));
        expect(missing).toEqual([]);
      });

      it('has only clauses whose text is a line of the source', () => {
        const texts = new Set(lines.map(withoutMarker));
        const invented = code.clauses.filter((clause) => !texts.has(normalizeText(clause.text)));
        expect(invented.map((clause) => clause.id)).toEqual([]);
      });

      it('makes every numbered source item a clause', () => {
        const numbered = lines.filter((line) => /^(\d+\.|NOTE:)\s/.test(line)).map(withoutMarker);
        const clauseTexts = new Set(code.clauses.map((clause) => normalizeText(clause.text)));
        expect(numbered.filter((line) => !clauseTexts.has(line))).toEqual([]);
      });
    });
  }
});
