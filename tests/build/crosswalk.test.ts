// The crosswalk pages and data exports in the built site, checked against the content they derive from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { orderedPairs } from '../../src/lib/crosswalk/compare';
import { buildCrosswalk, codeGaps } from '../../src/lib/crosswalk/matrix';
import { isReviewed } from '../../src/lib/crosswalk/review';
import { parseCsv } from '../../src/lib/exports/csv';
import { codesExportSchema } from '../../src/schemas/export';
import { DIST, DIST_BASE, BASE_PATH, htmlPages, readPage, requireBuild } from '../../tools/lib/dist';
import { REAL_CONTENT, loadContent } from '../support/content';
import { normalizeText } from '../support/text';
import { CROSSWALK_CSV_COLUMNS } from '../support/csv-contract';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const crosswalk = buildCrosswalk(site);

/** Ids of every element on a built page, cached. */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string, dir = DIST): Set<string> {
  const key = join(dir, file);
  if (!idCache.has(key))
    idCache.set(
      key,
      new Set(
        readPage(file, dir)
          .querySelectorAll('[id]')
          .map((element) => element.id),
      ),
    );
  return idCache.get(key)!;
}

/** The built file for a site path like /codes/x/#y (base stripped), and its fragment. */
function target(href: string, base = '/'): { file: string; fragment: string } {
  const [path, fragment = ''] = href.slice(base.length - 1).split('#') as [string, string?];
  return { file: join(path!.replace(/^\//, ''), 'index.html'), fragment };
}

beforeAll(() => requireBuild());

describe('theme and compare pages', () => {
  it('builds a page for every theme, with every clause on it', () => {
    for (const theme of site.themes) {
      const file = `themes/${theme.id}/index.html`;
      expect(existsSync(join(DIST, file)), file).toBe(true);
      const links = readPage(file).querySelectorAll('blockquote.clause-quote').length;
      const expected = site.codes.reduce((sum, code) => {
        const cell = crosswalk.cell(theme.id, code.id);
        return sum + cell.direct.length + cell.touches.length;
      }, 0);
      expect(links, theme.id).toBe(expected);
    }
  });

  it('names the silent codes on a theme page', () => {
    const text = readPage('themes/records/index.html').querySelector('#silent')!.parentNode.textContent;
    for (const title of [
      'International Association of Peer Supporters',
      'Magellan',
      'DBHDS',
      'Peer Support Team',
    ])
      expect(text).toContain(title);
    expect(text).not.toContain('Alaska');
  });

  it('builds a compare page for every ordered pair of codes', () => {
    const pairs = orderedPairs(site.codes);
    expect(pairs).toHaveLength(site.codes.length * (site.codes.length - 1));
    for (const [a, b] of pairs)
      expect(existsSync(join(DIST, `compare/${a.id}/${b.id}/index.html`)), `${a.id}/${b.id}`).toBe(true);
  });

  it('labels each compare row with both codes\' states, never "both" for a theme one code only touches', () => {
    const page = readPage('compare/dbhds-cprs/alaska-psp/index.html');
    const note = (themeId: string) =>
      page.querySelector(`#theme-${themeId} .side-note`)!.textContent.replace(/\s+/g, ' ').trim();
    expect(note('supervision')).toContain('Virginia DBHDS: in passing · Alaska PSP: addresses');
    // A theme one code addresses and the other only touches, found in the content rather than pinned.
    const mixed = site.themes.find(
      (theme) =>
        crosswalk.cell(theme.id, 'dbhds-cprs').state === 'addresses' &&
        crosswalk.cell(theme.id, 'alaska-psp').state === 'in-passing',
    );
    expect(mixed, 'a theme DBHDS addresses and Alaska only touches').toBeDefined();
    expect(note(mixed!.id)).toContain('Virginia DBHDS: addresses · Alaska PSP: in passing');
    expect(note('gifts-money')).toContain('Both address it');
    expect(page.querySelector('main')!.textContent).not.toContain('Both codes');
  });

  it('links the comparison note of a theme to the clauses it cites', () => {
    const hrefs = readPage('themes/gifts-money/index.html')
      .querySelectorAll('.note a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(['/codes/alaska-psp/#conflicts-3', '/codes/dbhds-cprs/#conduct-4']),
    );
    for (const href of hrefs) expect(href).not.toMatch(/^clause:/);
  });

  it("lists each code page's unaddressed themes", () => {
    for (const code of site.codes) {
      const listed = readPage(`codes/${code.id}/index.html`)
        .querySelectorAll('.gap-list a')
        .map((a) => a.getAttribute('href'));
      expect(listed).toEqual(codeGaps(crosswalk, code.id).map((theme) => `/themes/${theme.id}/`));
    }
  });
});

describe('the matrix', () => {
  const pages = htmlPages().filter((file) => file.startsWith('crosswalk/'));

  it('has a row per theme and a column per code, with real table semantics', () => {
    const page = readPage('crosswalk/index.html');
    expect(page.querySelector('table caption')).not.toBeNull();
    expect(page.querySelectorAll('tbody th[scope="row"]')).toHaveLength(site.themes.length);
    expect(page.querySelectorAll('thead th[scope="col"]')).toHaveLength(site.codes.length + 1);
    expect(page.querySelectorAll('td.cell')).toHaveLength(site.themes.length * site.codes.length);
  });

  it('scrolls in a focusable region named by the table caption', () => {
    const page = readPage('crosswalk/index.html');
    const region = page.querySelector('.table-scroll');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex')).toBe('0');
    const caption = page.querySelector('table caption');
    expect(caption?.id).toBeTruthy();
    expect(region?.getAttribute('aria-labelledby')).toBe(caption?.id);
    expect(region?.querySelector('table caption')).toBe(caption);
  });

  it('shows every gap explicitly, never as a blank', () => {
    const page = readPage('crosswalk/index.html');
    const gaps = page.querySelectorAll('td.cell.silent');
    const expected = site.themes.flatMap((theme) =>
      site.codes.filter((code) => crosswalk.cell(theme.id, code.id).state === 'silent'),
    );
    expect(gaps).toHaveLength(expected.length);
    for (const cell of page.querySelectorAll('td.cell')) expect(cell.textContent.trim()).not.toBe('');
  });

  it('links every cell to existing clause anchors, in the default and the base-path build', () => {
    for (const [dir, base] of [
      [DIST, '/'],
      [DIST_BASE, BASE_PATH],
    ] as const) {
      let links = 0;
      for (const file of pages) {
        for (const anchor of readPage(file, dir).querySelectorAll('td.cell a')) {
          const href = anchor.getAttribute('href')!;
          expect(href.startsWith(`${base}codes/`), href).toBe(true);
          const { file: targetFile, fragment } = target(href, base);
          expect(idsOf(targetFile, dir).has(fragment), href).toBe(true);
          links++;
        }
      }
      const expected = site.themes.reduce(
        (sum, theme) =>
          sum +
          site.codes.reduce(
            (n, code) =>
              n +
              crosswalk.cell(theme.id, code.id).direct.length +
              crosswalk.cell(theme.id, code.id).touches.length,
            0,
          ),
        0,
      );
      expect(links).toBe(expected);
    }
  });
});

describe('data exports', () => {
  const json = JSON.parse(readFileSync(join(DIST, 'data/codes.json'), 'utf8'));

  it('codes.json validates against its schema and holds every clause', () => {
    const parsed = codesExportSchema.parse(json);
    expect(parsed.codes.map((code) => code.clauses.length)).toEqual(
      site.codes.map((code) => code.clauses.length),
    );
    expect(parsed.themes).toHaveLength(site.themes.length);
  });

  it('each clause url lands on the element that holds its text', () => {
    for (const code of codesExportSchema.parse(json).codes) {
      const page = readPage(target(code.url).file);
      for (const clause of code.clauses) {
        const { fragment } = target(clause.url);
        const element = page.getElementById(fragment);
        expect(normalizeText(element?.textContent ?? ''), clause.url).toContain(normalizeText(clause.text));
      }
    }
  });

  it('carries the base path in the base-path build', () => {
    const based = codesExportSchema.parse(
      JSON.parse(readFileSync(join(DIST_BASE, 'data/codes.json'), 'utf8')),
    );
    const urls = based.codes.flatMap((code) => [code.url, ...code.clauses.map((clause) => clause.url)]);
    expect(urls.every((url) => url.startsWith(BASE_PATH))).toBe(true);
  });

  it('crosswalk.csv has one row per clause and theme it addresses or touches, and reads back to the same texts', () => {
    const raw = readFileSync(join(DIST, 'data/crosswalk.csv'), 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(raw);
    const [header, ...records] = rows;
    expect(header).toEqual(CROSSWALK_CSV_COLUMNS);
    const parsed = codesExportSchema.parse(json);
    const expected = parsed.codes.flatMap((code) =>
      code.clauses.flatMap((clause) => [
        ...clause.themes.map(
          (theme) => `${theme}|${code.id}|${clause.id}|${clause.text}|addresses|${clause.lead_in ?? ''}`,
        ),
        ...clause.touches.map(
          (theme) => `${theme}|${code.id}|${clause.id}|${clause.text}|in-passing|${clause.lead_in ?? ''}`,
        ),
      ]),
    );
    expect(records.map((r) => `${r[0]}|${r[2]}|${r[3]}|${r[6]}|${r[7]}|${r[9]}`).sort()).toEqual(
      expected.sort(),
    );
    // Texts with commas and quotes survived the quoting.
    expect(records.some((record) => record[6]!.includes(','))).toBe(true);
    expect(records.some((record) => record[6]!.includes("'"))).toBe(true);
  });

  it('crosswalk.csv has absolute urls in the build that knows its public address (SITE_URL)', () => {
    const rows = parseCsv(readFileSync(join(DIST_BASE, 'data/crosswalk.csv'), 'utf8')).slice(1);
    expect(rows.every((row) => row[5]!.startsWith(`https://example.org${BASE_PATH}codes/`))).toBe(true);
  });

  it("coverage.csv has one row per theme and code, in the crosswalk cell's state", () => {
    const [header, ...records] = parseCsv(readFileSync(join(DIST, 'data/coverage.csv'), 'utf8'));
    expect(header![4]).toBe('state');
    expect(records).toHaveLength(site.themes.length * site.codes.length);
    // A draft code's gap is written "not-reviewed" (a committed draft is in the content while it is reviewed).
    const drafts = new Set(site.codes.filter((code) => !isReviewed(code)).map((code) => code.id));
    for (const record of records) {
      const state = crosswalk.cell(record[0]!, record[2]!).state;
      const written = state === 'silent' && drafts.has(record[2]!) ? 'not-reviewed' : state;
      expect(record[4], `${record[0]} ${record[2]}`).toBe(written);
    }
  });

  it('codes.json gives a lead_in only to clauses that have one', () => {
    const parsed = codesExportSchema.parse(json);
    const team = parsed.codes.find((code) => code.id === 'peer-support-team')!;
    expect(team.clauses.every((clause) => clause.lead_in === 'Peer support team members:')).toBe(true);
    const iaps = parsed.codes.find((code) => code.id === 'iaps')!;
    expect(iaps.clauses.every((clause) => !('lead_in' in clause))).toBe(true);
  });
});
