import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from '../../src/lib/page-title';

const SITE = 'Peer Ethics Crosswalk';

describe('pageTitle', () => {
  it('appends the site name when it fits', () => {
    expect(pageTitle('Alaska PSP', SITE)).toBe('Alaska PSP · Peer Ethics Crosswalk');
  });

  it('is the site name alone on the home page', () => {
    expect(pageTitle(SITE, SITE)).toBe(SITE);
  });

  it('drops the site name for a long title that fits alone (an imported code of 90 characters)', () => {
    const title =
      'Code of Ethics and Standards of Practice for Certified Peer Recovery Support Specialists 2024';
    expect(title.length).toBeGreaterThan(MAX_TITLE_LENGTH - SITE.length - 3);
    expect(pageTitle(title, SITE)).toBe(title);
  });

  it('cuts a title too long even alone between words, with an ellipsis, within the limit', () => {
    const title = `Conduct 5, ${'a very long code title '.repeat(8).trim()}`;
    const result = pageTitle(title, SITE);
    expect(result.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(result.endsWith('…')).toBe(true);
    expect(title.startsWith(result.slice(0, -1))).toBe(true);
    expect(result.slice(0, -1)).not.toMatch(/\s$/);
  });
});
