// Draft codes: the status field and what depends on it, short of a build (tests/build/import-draft.test.ts).
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { checkReviewedFrontMatter } from '../../src/lib/content/validate';
import { cellView } from '../../src/lib/crosswalk/cell-view';
import { isReviewed } from '../../src/lib/crosswalk/review';
import { buildCodeFile } from '../../src/lib/exports/codes-json';
import { codeSchema } from '../../src/schemas/code';
import { REAL_CONTENT, loadContent } from '../support/content';

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

describe('status', () => {
  it('defaults to reviewed, so the existing codes need no edit', () => {
    expect(codeSchema.parse(front).status).toBe('reviewed');
    expect(assembleSiteData(loadContent(REAL_CONTENT)).codes.every(isReviewed)).toBe(true);
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
    expect(
      checkReviewedFrontMatter('codes/x.mdx', { ...front, issuer: 'EDIT: the body', status: 'draft' }),
    ).toEqual([]);
  });

  it('tells the browser compare view whether a code is reviewed', () => {
    const code = assembleSiteData(loadContent(REAL_CONTENT)).codes[0]!;
    expect(buildCodeFile(code, '/').reviewed).toBe(true);
    expect(buildCodeFile({ ...code, data: { ...code.data, status: 'draft' } }, '/').reviewed).toBe(false);
  });
});
