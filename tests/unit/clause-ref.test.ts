// The one clause reference form (src/lib/clause-ref.ts), and the older slash form it still reads.
import { describe, expect, it } from 'vitest';
import { formatClauseRef, parseClauseRef, readClauseRef } from '../../src/lib/clause-ref';
import { parseSelection, serializeSelection } from '../../src/lib/selection/refs';

describe('clause references', () => {
  it('writes and reads code-id:clause-id', () => {
    const ref = { codeId: 'alaska-psp', clauseId: 'conflicts-3' };
    expect(formatClauseRef(ref)).toBe('alaska-psp:conflicts-3');
    expect(parseClauseRef(' alaska-psp:conflicts-3 ')).toEqual(ref);
  });

  it('still reads the slash form our prose used before', () => {
    expect(parseClauseRef('alaska-psp/conflicts-3')).toEqual({
      codeId: 'alaska-psp',
      clauseId: 'conflicts-3',
    });
  });

  it('says what is wrong with a malformed reference', () => {
    expect(readClauseRef('alaska-psp')).toEqual({
      error: expect.stringMatching(/^"alaska-psp" is not a clause reference: write "code-id:clause-id"/),
    });
    expect(readClauseRef('Alaska:Conflicts')).toHaveProperty('error');
    expect(readClauseRef('a:b:c')).toHaveProperty('error');
    expect(readClauseRef('  ')).toEqual({ error: expect.stringContaining('empty') });
    expect(parseClauseRef('a:b:c')).toBeNull();
  });

  it('keeps share links made before working, in the same form', () => {
    // A link as the selection page wrote it (`?c=` with colons, as URLSearchParams encodes them).
    const old = new URL('https://example.org/selection/?c=alaska-psp%3Aconflicts-3%2Cdbhds-cprs%3Aconduct-4');
    const { refs, malformed } = parseSelection(old.searchParams.get('c'));
    expect(malformed).toEqual([]);
    expect(refs).toEqual([
      { codeId: 'alaska-psp', clauseId: 'conflicts-3' },
      { codeId: 'dbhds-cprs', clauseId: 'conduct-4' },
    ]);
    expect(serializeSelection(refs)).toBe('alaska-psp:conflicts-3,dbhds-cprs:conduct-4');
  });
});
