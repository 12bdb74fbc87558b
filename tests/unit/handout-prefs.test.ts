// The handout's title and grouping, kept beside the selection so a return through the header keeps them.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFS,
  initialPrefs,
  parseHandoutPrefs,
  serializeHandoutPrefs,
} from '../../src/lib/selection/handout-prefs';

describe('handout prefs', () => {
  const saved = serializeHandoutPrefs({ title: ' Gifts and boundaries ', grouping: 'code' });

  it('round-trips a title and grouping, and stores nothing for the defaults', () => {
    expect(parseHandoutPrefs(saved)).toEqual({ title: 'Gifts and boundaries', grouping: 'code' });
    expect(serializeHandoutPrefs({ title: '  ', grouping: 'theme' })).toBeNull();
  });

  it('reads damaged storage as the defaults, field by field', () => {
    expect(parseHandoutPrefs('{not json')).toEqual(DEFAULT_PREFS);
    expect(parseHandoutPrefs('null')).toEqual(DEFAULT_PREFS);
    expect(parseHandoutPrefs('{"title":7,"grouping":"code"}')).toEqual({ title: '', grouping: 'code' });
    expect(parseHandoutPrefs('{"title":"T","grouping":"colour"}')).toEqual({ title: 'T', grouping: 'theme' });
    expect(parseHandoutPrefs(JSON.stringify({ title: 'x'.repeat(500) })).title).toHaveLength(120);
  });

  it('shows the saved prefs when /selection/ opens without a query (the header link)', () => {
    expect(initialPrefs('', saved, true)).toEqual({ title: 'Gifts and boundaries', grouping: 'code' });
  });

  it('shows the saved prefs for the reader’s own selection linked without t or by (a code page’s view link)', () => {
    expect(initialPrefs('?c=a:b', saved, true)).toEqual({ title: 'Gifts and boundaries', grouping: 'code' });
  });

  it('shows a link’s own title and grouping, and a shared selection’s even when bare', () => {
    expect(initialPrefs('?c=a:b&t=Shared&by=code', saved, true)).toEqual({
      title: 'Shared',
      grouping: 'code',
    });
    expect(initialPrefs('?c=a:b&t=Shared', saved, false)).toEqual({ title: 'Shared', grouping: 'theme' });
    expect(initialPrefs('?c=a:b', saved, false)).toEqual(DEFAULT_PREFS);
  });
});
