// Preview images: the clause text is shrunk to fit, and cut only between words, with an ellipsis.
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, countLines, fitText, type TextBox } from '../../src/lib/og/fit-text';

// 20 characters a line at size 10 (200 / (10 * 1)), 4 lines (80 / (10 * 2)); at size 20: 10 a line, 2 lines.
const box: TextBox = { width: 200, height: 80, sizes: [20, 10], lineHeight: 2, charWidth: 1 };

describe('countLines', () => {
  it('wraps greedily at word boundaries', () => {
    expect(countLines(['aaaa', 'bbbb', 'cccc'], 9)).toBe(2);
    expect(countLines(['aaaa', 'bbbb', 'cccc'], 14)).toBe(1);
    expect(countLines([], 10)).toBe(0);
  });

  it('breaks a word longer than a line over several lines', () => {
    expect(countLines(['x'.repeat(25)], 10)).toBe(3);
    expect(countLines(['ab', 'x'.repeat(20), 'cd'], 10)).toBe(4);
  });
});

describe('fitText', () => {
  it('keeps the largest size for a short text', () => {
    expect(fitText('Be honest.', box)).toEqual({
      fontSize: 20,
      text: 'Be honest.',
      truncated: false,
      lines: 1,
    });
  });

  it('shrinks a longer text to the size where it fits whole', () => {
    const text = 'one two three four five six seven eight';
    const fitted = fitText(text, box);
    expect(fitted).toMatchObject({ fontSize: 10, text, truncated: false });
    expect(fitted.lines).toBeLessThanOrEqual(4);
  });

  it('cuts a text too long for the smallest size after a whole word and adds an ellipsis', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    const fitted = fitText(words.join(' '), box);
    expect(fitted.fontSize).toBe(10);
    expect(fitted.truncated).toBe(true);
    expect(fitted.text.endsWith(ELLIPSIS)).toBe(true);
    const kept = fitted.text.slice(0, -1).split(' ');
    expect(kept).toEqual(words.slice(0, kept.length));
    expect(countLines(fitted.text.split(' '), 20)).toBeLessThanOrEqual(4);
    expect(kept.length).toBeGreaterThan(8);
  });

  it('drops punctuation before the ellipsis', () => {
    const fitted = fitText(`${'aaaa, '.repeat(30)}end`, box);
    expect(fitted.text).toMatch(/aaaa…$/);
  });

  it('says what is wrong with a box without sizes', () => {
    expect(() => fitText('x', { ...box, sizes: [] })).toThrow(/at least one font size/);
  });
});
