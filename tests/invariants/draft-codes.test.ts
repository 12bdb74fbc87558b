// Draft codes: the status field and what depends on it, short of a build (tests/build/import-draft.test.ts).
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { checkReviewedFrontMatter } from '../../src/lib/content/validate';
import { cellView } from '../../src/lib/crosswalk/cell-view';
import { isReviewed } from '../../src/lib/crosswalk/review';
import { buildCodeFile } from '../../src/lib/exports/codes-json';
import { shortTitleOf } from '../../src/authoring/import/render';
import { codeSchema } from '../../src/schemas/code';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, REAL_CONTENT, loadContent } from '../support/content';

const front = {
  title: 'T',
  shortTitle: 'T',
  issuer: 'I',
  jurisdiction: 'J',
  audience: ['behavioral-health'],
  sourceNote: 'S',
  summary: 'S',
  order: 1,
};

// Assembled once, outside any test's time limit (the scenario check makes it take seconds on a busy machine).
const realSite = assembleSiteData(loadContent(REAL_CONTENT));

describe('status', () => {
  it('defaults to reviewed, so the existing codes need no edit', () => {
    expect(codeSchema.parse(front).status).toBe('reviewed');
    // Every real code whose front matter names no status is reviewed (a committed draft names its status).
    const unmarked = realSite.codes.filter(
      (code) => !/^status:/m.test(readFileSync(join(REAL_CONTENT, 'codes', `${code.id}.mdx`), 'utf8')),
    );
    expect(unmarked.length).toBeGreaterThan(0);
    expect(unmarked.every(isReviewed)).toBe(true);
  });

  it('accepts draft and nothing else', () => {
    expect(codeSchema.parse({ ...front, status: 'draft' }).status).toBe('draft');
    expect(codeSchema.safeParse({ ...front, status: 'done' }).success).toBe(false);
  });

  it('makes silence read "not reviewed" in a draft', () => {
    expect(cellView('silent', isReviewed({ data: { status: 'draft' } })).words).toBe('not reviewed');
    expect(cellView('silent', isReviewed({ data: { status: 'reviewed' } })).words).toBe('silent');
  });

  it('refuses a reviewed code that still holds an importer placeholder, naming the field', () => {
    expect(
      checkReviewedFrontMatter('codes/x.mdx', { ...front, issuer: 'EDIT: the body', status: 'reviewed' }),
    ).toEqual([
      {
        file: 'codes/x.mdx',
        message:
          'front matter "issuer" still holds the importer\'s "EDIT:" placeholder: write it before setting status: reviewed',
      },
    ]);
  });

  it('refuses a draft that holds a placeholder unless a preview asks for drafts, naming the file, field and switch', () => {
    const draft = { ...front, issuer: 'EDIT: the body', status: 'draft' };
    expect(checkReviewedFrontMatter('codes/x.mdx', draft)).toEqual([
      {
        file: 'codes/x.mdx',
        message: expect.stringMatching(
          /^front matter "issuer" still holds the importer's "EDIT:" placeholder: write it .* ALLOW_DRAFT_PLACEHOLDERS=1$/,
        ),
      },
    ]);
    expect(checkReviewedFrontMatter('codes/x.mdx', draft, true)).toEqual([]);
    expect(checkReviewedFrontMatter('codes/x.mdx', { ...front, status: 'draft' })).toEqual([]);
  });

  it('reads the preview switch from ALLOW_DRAFT_PLACEHOLDERS=1 when assembling content', () => {
    const raw = loadContent(join(FIXTURES, 'good'));
    const entry = raw.codes[0]!;
    const draft = {
      ...raw,
      codes: raw.codes.map((code) =>
        code === entry
          ? { ...code, data: { ...code.data, status: 'draft' as const, issuer: 'EDIT: x' } }
          : code,
      ),
    };
    expect(() => assembleSiteData(draft)).toThrow(/front matter "issuer" still holds/);
    expect(assembleSiteData(draft, { allowDraftPlaceholders: true }).codes).toHaveLength(raw.codes.length);
    process.env.ALLOW_DRAFT_PLACEHOLDERS = '1';
    try {
      expect(assembleSiteData(draft).codes).toHaveLength(raw.codes.length);
    } finally {
      delete process.env.ALLOW_DRAFT_PLACEHOLDERS;
    }
  });

  it('makes the default short title from the title, never a placeholder', () => {
    expect(shortTitleOf('Riverbend Code')).toBe('Riverbend Code');
    expect(shortTitleOf('Westmarch Department of Recovery Services Certified Peer Specialist Values')).toBe(
      'Westmarch Department',
    );
    for (const title of [
      'Code of Ethics for Certified Peer Recovery Specialists',
      'Supercalifragilisticexpialidocious Code',
    ]) {
      const short = shortTitleOf(title);
      expect(short.length).toBeGreaterThan(0);
      expect(short.length).toBeLessThanOrEqual(24);
      expect(short).not.toContain('EDIT');
    }
  });

  it('tells the browser compare view whether a code is reviewed', () => {
    const code = realSite.codes[0]!;
    expect(buildCodeFile(code, '/').reviewed).toBe(true);
    expect(buildCodeFile({ ...code, data: { ...code.data, status: 'draft' } }, '/').reviewed).toBe(false);
  });
});
