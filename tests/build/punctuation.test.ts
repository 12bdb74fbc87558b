// A line break in a template between a link and the full stop after it renders as a space ("page ."): Prettier
// makes one whenever a sentence's last link no longer fits its line. Every built page is read for a space between
// the end of an inline element and the punctuation that follows it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, requireBuild } from '../../tools/lib/dist';

const INLINE_END = /<\/(a|abbr|b|cite|code|em|i|q|span|strong|time)>\s+[.,;:!?)]/g;

/** Each place in the HTML where an inline element's end is parted from its punctuation by white space. */
function spacedPunctuation(html: string): string[] {
  return [...html.matchAll(INLINE_END)].map((match) =>
    html.slice(Math.max(0, match.index - 60), match.index + match[0].length).replace(/\s+/g, ' '),
  );
}

describe('punctuation after a link or other inline element', () => {
  requireBuild(DIST);

  it('is found by the check when spaced, and not when it follows directly', () => {
    expect(spacedPunctuation('on <a href="/g/">the guidelines page</a>\n            .</p>')).toHaveLength(1);
    expect(spacedPunctuation('<em>never</em> , and')).toHaveLength(1);
    expect(spacedPunctuation('on <a href="/g/">the guidelines page</a>.</p>')).toEqual([]);
    expect(spacedPunctuation('<a href="/x/">1.2</a> (in passing)')).toEqual([]);
  });

  it('follows directly on every built page', () => {
    const pages = htmlPages(DIST);
    expect(pages.length).toBeGreaterThan(50);
    const found = pages.flatMap((file) =>
      spacedPunctuation(readFileSync(join(DIST, file), 'utf8')).map((place) => `${file}: …${place}`),
    );
    expect(found).toEqual([]);
  });
});
