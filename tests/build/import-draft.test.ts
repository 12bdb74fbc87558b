// End to end: each synthetic fixture imported by the importer (one per shape) builds with the real `astro build`
// beside the real codes, passes the fidelity checks against its source, and shows as a draft: its page, crosswalk
// column and compare views say the tagging is proposed, and its silence reads "not reviewed".
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { cellFor } from '../../src/lib/crosswalk/matrix';
import { DRAFT_NOTICE } from '../../src/lib/crosswalk/review';
import { astroBuild } from '../support/astro-build';
import { REAL_CONTENT, loadContent } from '../support/content';
import { STATIC_COMPARE_MAX_CODES } from '../../src/lib/constants';
import { ROOT, listFiles, mainText, readPage } from '../../tools/lib/dist';
import { fidelityFailures, sourceLines } from '../support/fidelity';
import { loadBuiltSearch } from '../support/pagefind';
import { IMPORT_FIXTURES, SHAPES, contentWithImports, importedShapes } from '../support/import';

// Content and build inside the project (dist-*/ is ignored), as the scale test does: Astro resolves content
// modules relative to the project, and the test runner may load the built pagefind module from there.
const WORK = join(ROOT, 'dist-import');
// The drafts' front matter written, as an editor commits a draft: it builds without ALLOW_DRAFT_PLACEHOLDERS.
// As many shapes as keep the site at or under the code count that still gets static compare pages, whatever the
// number of real codes (the compare check reads /compare/iaps/harbor/).
const realCodes = loadContent(REAL_CONTENT).codes.length;
const { dir, results } = contentWithImports(join(WORK, 'content'), {
  written: true,
  limit: STATIC_COMPARE_MAX_CODES - realCodes,
});
const site = assembleSiteData(loadContent(dir));
let outDir = '';

beforeAll(async () => {
  // Its own content cache: the shared one would keep these draft entries for the next build of other content.
  const build = await astroBuild(dir, join(WORK, 'site'), join(WORK, 'cache'));
  outDir = build.outDir;
  expect(build.ok, build.output).toBe(true);
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe.each(importedShapes(STATIC_COMPARE_MAX_CODES - realCodes))('imported $file', ({ id }) => {
  it('passes the fidelity checks against its source, with no hand edits', () => {
    const code = site.codes.find((candidate) => candidate.id === id)!;
    const lines = sourceLines(results[id]!.region, IMPORT_FIXTURES);
    expect(lines.length).toBeGreaterThan(5);
    expect(fidelityFailures(lines, code, mainText(readPage(`codes/${id}/index.html`, outDir)))).toEqual({
      missing: [],
      invented: [],
      unclaused: [],
    });
  });

  it('says on its page that its tagging is proposed, not yet reviewed', () => {
    const notice = readPage(`codes/${id}/index.html`, outDir).querySelector('.draft-notice');
    expect(notice?.textContent).toContain(DRAFT_NOTICE);
  });

  it('is in the data exports, clause by clause', () => {
    expect(listFiles(outDir)).toContain(`data/codes/${id}.json`);
    const exported = JSON.parse(readFileSync(join(outDir, 'data/codes.json'), 'utf8')) as {
      codes: { id: string; clauses: { id: string }[] }[];
    };
    const clauses = site.codes.find((code) => code.id === id)!.clauses.map((clause) => clause.id);
    expect(exported.codes.find((code) => code.id === id)?.clauses.map((clause) => clause.id)).toEqual(
      clauses,
    );
  });
});

describe('a draft beside reviewed codes', () => {
  it('shows no draft notice on a reviewed code', () => {
    expect(readPage('codes/alaska-psp/index.html', outDir).querySelector('.draft-notice')).toBeNull();
  });

  it('marks the draft column in the crosswalk, and its empty cells "not reviewed" where reviewed ones say "silent"', () => {
    const page = readPage('crosswalk/index.html', outDir);
    expect(page.querySelector('th[data-code="harbor"]')?.textContent).toContain(`draft: ${DRAFT_NOTICE}`);
    expect(page.querySelector('th[data-code="iaps"]')?.textContent).not.toContain('draft');
    const draftGaps = page.querySelectorAll('td.silent[data-code="harbor"]');
    const reviewedGaps = page.querySelectorAll('td.silent[data-code="iaps"]');
    expect(draftGaps.length).toBeGreaterThan(0);
    expect(reviewedGaps.length).toBeGreaterThan(0);
    for (const cell of draftGaps) expect(cell.textContent.trim()).toMatch(/not reviewed$/);
    for (const cell of reviewedGaps) expect(cell.textContent.trim()).toMatch(/silent$/);
    expect(page.querySelector('.draft-key')?.textContent).toMatch(/Harbor Peer Network|EDIT/);
  });

  it('says so in the compare view, where the draft code is not reviewed rather than silent', () => {
    const page = readPage('compare/iaps/harbor/index.html', outDir);
    expect(page.querySelector('.draft-notice')?.textContent).toContain(DRAFT_NOTICE);
    const sides = page.querySelectorAll('.side.silent');
    const texts = sides.map((side) => side.textContent.replace(/\s+/g, ' ').trim());
    expect(texts.some((text) => /Not reviewed$/.test(text))).toBe(true);
    expect(texts.some((text) => /Silent$/.test(text))).toBe(true);
  });
});

describe('theme pages', () => {
  it('list a draft code without a clause on the theme as not reviewed, not among the silent codes', () => {
    const harbor = site.codes.find((code) => code.id === 'harbor')!;
    const theme = site.themes.find((candidate) => cellFor(candidate.id, harbor).state === 'silent')!;
    const page = readPage(`themes/${theme.id}/index.html`, outDir);
    // Every draft code silent on the theme is listed in one sentence ("A, B and Harbor: Not reviewed (…)").
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(mainText(page)).toMatch(
      new RegExp(`${escape(harbor.data.shortTitle)}[^.:]*: not reviewed \\(${escape(DRAFT_NOTICE)}\\)`, 'i'),
    );
    const silentList = page.querySelector('.silent-list')?.textContent ?? '';
    expect(silentList).not.toContain(harbor.data.title);
  });
});

describe('search', () => {
  it('finds a draft code’s clause like any other', async () => {
    const search = await loadBuiltSearch(outDir);
    expect(await search.urls('honour')).toContain('/codes/harbor/#principle-1-a');
  });
});

describe('the content folder', () => {
  it('keeps no imported test code in content/codes/', () => {
    const real = loadContent(join(import.meta.dirname, '../../content'));
    const imported = Object.values(SHAPES).map((shape) => shape.id);
    expect(real.codes.map((code) => code.id).filter((id) => imported.includes(id as never))).toEqual([]);
  });
});
