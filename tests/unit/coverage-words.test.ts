import { describe, expect, it } from 'vitest';
import {
  coverageLine,
  missingSentence,
  missingShownOutright,
  missingSummary,
  themeState,
} from '../../src/lib/code-builder/coverage-words';

/** The sentence as a reader reads it, with these labels in the links' places. */
const read = (labels: string[]) => {
  const { lead, before, end } = missingSentence(labels.length);
  return lead + labels.map((label, index) => before[index] + label).join('') + end;
};

describe('coverage-words', () => {
  it('counts covered themes and names the missing ones as a sentence', () => {
    expect(coverageLine(3, 24)).toBe('Covers 3 of 24 themes');
    expect(missingSummary(21, 24)).toBe('Missing 21 of 24');
    expect(missingSummary(0, 24)).toBe('Nothing missing');
    expect(read(['Gifts'])).toBe('Missing: Gifts.');
    expect(read(['Gifts', 'Privacy'])).toBe('Missing: Gifts and Privacy.');
    expect(read(['Gifts', 'Privacy', 'Supervision'])).toBe('Missing: Gifts, Privacy and Supervision.');
  });

  it('opens a short missing list by itself, not a long one', () => {
    expect(missingShownOutright(8)).toBe(true);
    expect(missingShownOutright(9)).toBe(false);
  });

  it("names a theme's state", () => {
    expect(themeState(true)).toBe('covered');
    expect(themeState(false)).toBe('not covered');
  });
});
