// A draft code is marked on every surface (lib/marks.ts: draftMark, the DraftNotice and DraftMark components):
// its code page, clause pages, theme pages, the codes index, the crosswalk, a compare pair, its embeds, search
// results, and the exports' status; its gaps read "not reviewed". The fixtures are imported as drafts beside the
// real codes, which must carry no mark.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { STATIC_COMPARE_MAX_CODES } from '../../src/lib/constants';
import { parseCsv } from '../../src/lib/exports/csv';
import { DRAFT_NOTICE } from '../../src/lib/crosswalk/review';
import { draftMark } from '../../src/lib/marks';
import { EVERY_CLAUSE_TOKEN } from '../../src/lib/search/index-tokens';
import type { CodesExport } from '../../src/schemas/export';
import { ROOT, mainText, readPage } from '../../tools/lib/dist';
import { astroBuild } from '../support/astro-build';
import { REAL_CONTENT, loadContent } from '../support/content';
import { contentWithImports } from '../support/import';
import { loadBuiltSearch } from '../support/pagefind';

const WORK = join(ROOT, 'dist-draft-surfaces');
// As many drafts as keep the site within the code count that still gets static compare pages (the compare check
// reads /compare/iaps/harbor/), whatever the number of real codes.
const { dir } = contentWithImports(join(WORK, 'content'), {
  written: true,
  limit: STATIC_COMPARE_MAX_CODES - loadContent(REAL_CONTENT).codes.length,
});
const site = assembleSiteData(loadContent(dir));
const DRAFT = 'harbor';
const REVIEWED = 'iaps';
const draft = site.codes.find((code) => code.id === DRAFT)!;
const reviewed = site.codes.find((code) => code.id === REVIEWED)!;
const MARK = draftMark(draft)!;
let outDir = '';

const built = (file: string) => readPage(file, outDir);
const text = (file: string) => mainText(built(file)).replace(/\s+/g, ' ');

beforeAll(async () => {
  const build = await astroBuild(dir, join(WORK, 'site'), join(WORK, 'cache'));
  outDir = build.outDir;
  expect(build.ok, build.output).toBe(true);
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('a draft code is marked', () => {
  it('on its code page', () => {
    expect(built(`codes/${DRAFT}/index.html`).querySelector('.draft-notice')?.textContent).toContain(
      DRAFT_NOTICE,
    );
  });

  it('on each of its clause pages, and not on a reviewed code’s', () => {
    for (const clause of draft.clauses)
      expect(
        built(`codes/${DRAFT}/${clause.id}/index.html`).querySelector('.draft-notice')?.textContent,
      ).toContain(DRAFT_NOTICE);
    expect(
      built(`codes/${REVIEWED}/${reviewed.clauses[0]!.id}/index.html`).querySelector('.draft-notice'),
    ).toBeNull();
  });

  it('on theme pages, beside its name above its clauses', () => {
    const theme = draft.clauses[0]!.themes[0]!;
    const heading = built(`themes/${theme}/index.html`).getElementById(`code-${DRAFT}`);
    expect(heading?.textContent.replace(/\s+/g, ' ')).toContain(`draft: ${DRAFT_NOTICE}`);
    const other = built(`themes/${theme}/index.html`).getElementById(`code-${REVIEWED}`);
    if (other) expect(other.textContent).not.toContain('draft');
  });

  it('in the codes index', () => {
    const cards = built('codes/index.html').querySelectorAll('.code-card');
    const card = (title: string) => cards.find((li) => li.textContent.includes(title));
    expect(card(draft.data.title)?.querySelector('.draft-mark')?.textContent).toContain(DRAFT_NOTICE);
    expect(card(reviewed.data.title)?.querySelector('.draft-mark')).toBeNull();
  });

  it('in the crosswalk', () => {
    const page = built('crosswalk/index.html');
    expect(page.querySelector(`th[data-code="${DRAFT}"] .draft-mark`)?.textContent).toContain(DRAFT_NOTICE);
    expect(page.querySelector(`th[data-code="${REVIEWED}"] .draft-mark`)).toBeNull();
  });

  it('in a compare pair, by name and in a notice, its gaps "not reviewed"', () => {
    const page = built(`compare/${REVIEWED}/${DRAFT}/index.html`);
    expect(page.querySelectorAll('.draft-mark')).toHaveLength(1);
    expect(page.querySelector('.draft-notice')?.textContent).toContain(DRAFT_NOTICE);
    expect(text(`compare/${REVIEWED}/${DRAFT}/index.html`)).toContain('Not reviewed');
  });

  it('on its embeds, and not on a reviewed code’s', () => {
    for (const clause of draft.clauses)
      expect(built(`embed/${DRAFT}/${clause.id}/index.html`).querySelector('.draft')?.textContent).toBe(MARK);
    expect(
      built(`embed/${REVIEWED}/${reviewed.clauses[0]!.id}/index.html`).querySelector('.draft'),
    ).toBeNull();
  });

  it('in search results (the result’s title, from the index record)', async () => {
    const search = await loadBuiltSearch(outDir);
    const results = await search.search(EVERY_CLAUSE_TOKEN);
    const ofCode = (id: string) => results.filter((result) => result.url.startsWith(`/codes/${id}/#`));
    expect(ofCode(DRAFT)).toHaveLength(draft.clauses.length);
    for (const result of ofCode(DRAFT)) {
      expect(result.meta.title).toContain(`(${MARK})`);
      expect(result.meta.status).toBe('draft');
    }
    for (const result of ofCode(REVIEWED)) expect(result.meta.title).not.toContain('draft');
  });

  it('in the exports: codes.json status, the CSVs’ status column, coverage gaps not-reviewed', () => {
    const json = JSON.parse(readFileSync(join(outDir, 'data/codes.json'), 'utf8')) as CodesExport;
    expect(json.codes.find((code) => code.id === DRAFT)?.status).toBe('draft');
    expect(json.codes.find((code) => code.id === REVIEWED)?.status).toBe('reviewed');
    const [header, ...rows] = parseCsv(readFileSync(join(outDir, 'data/crosswalk.csv'), 'utf8'));
    const status = header!.indexOf('status');
    expect(status).toBe(header!.length - 1);
    expect(new Set(rows.filter((row) => row[2] === DRAFT).map((row) => row[status]))).toEqual(
      new Set(['draft']),
    );
    const [, ...coverage] = parseCsv(readFileSync(join(outDir, 'data/coverage.csv'), 'utf8'));
    const states = new Set(coverage.filter((row) => row[2] === DRAFT).map((row) => row[4]));
    expect(states).toContain('not-reviewed');
    expect(states).not.toContain('silent');
    expect(new Set(coverage.filter((row) => row[2] === DRAFT).map((row) => row.at(-1)))).toEqual(
      new Set(['draft']),
    );
  });
});
