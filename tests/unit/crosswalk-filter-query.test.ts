import { describe, expect, it } from 'vitest';
import { crosswalkQuery, parseCrosswalkQuery } from '../../src/lib/crosswalk/filter-query';

const options = {
  audiences: ['behavioral-health', 'first-responder'],
  groups: ['values', 'boundaries'],
  codes: ['a', 'b', 'c'],
};

describe('crosswalk filter query', () => {
  it('round-trips a filtered view', () => {
    const state = { audiences: ['first-responder'], group: 'boundaries', codes: ['a', 'c'] };
    const query = crosswalkQuery(state, options);
    expect(query).toBe('?audience=first-responder&group=boundaries&codes=a,c');
    expect(parseCrosswalkQuery(query, options)).toEqual({ ...state, ignored: [] });
  });

  it('writes nothing for the unfiltered view, and reads "everything chosen" as unfiltered', () => {
    expect(crosswalkQuery({ audiences: [], group: '', codes: [] }, options)).toBe('');
    expect(
      crosswalkQuery({ audiences: [...options.audiences], group: '', codes: [...options.codes] }, options),
    ).toBe('');
    expect(parseCrosswalkQuery('?codes=a,b,c', options).codes).toEqual([]);
  });

  it('drops unknown values and names them', () => {
    const parsed = parseCrosswalkQuery('?audience=pilots&group=nope&codes=a,ghost', options);
    expect(parsed).toEqual({ audiences: [], group: '', codes: ['a'], ignored: ['pilots', 'nope', 'ghost'] });
  });
});
