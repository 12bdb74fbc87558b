// The fidelity checks themselves (tests/support/fidelity.ts) catch what they are for: a changed word, an invented
// clause, a numbered item that is not a clause; and they accept a clause a PDF wrapped over two lines.
import { describe, expect, it } from 'vitest';
import { fidelityFailures } from '../support/fidelity';

const lines = [
  'Members will:',
  '1. keep what is shared in',
  'confidence.',
  '2. ask for help when self-',
  'doubt grows.',
  '3. act with care.',
];
const clause = (id: string, text: string) => ({ id, text }) as never;
const page =
  'Members will: keep what is shared in confidence. ask for help when self-doubt grows. act with care.';

describe('fidelity checks', () => {
  it('accept clauses joined from wrapped lines', () => {
    const code = {
      clauses: [
        clause('a', 'keep what is shared in confidence.'),
        clause('b', 'ask for help when self-doubt grows.'),
        clause('c', 'act with care.'),
      ],
    };
    expect(fidelityFailures(lines, code, page)).toEqual({ missing: [], invented: [], unclaused: [] });
  });

  it('catch a changed word, a clause cut mid-line and an item left out', () => {
    const code = { clauses: [clause('a', 'keep what is said in confidence.'), clause('b', 'ask for help')] };
    const failures = fidelityFailures(lines, code, page.replace('act with care.', ''));
    expect(failures.invented).toEqual(['a', 'b']);
    expect(failures.missing).toEqual(['act with care.']);
    expect(failures.unclaused).toEqual([
      'keep what is shared in',
      'ask for help when self-',
      'act with care.',
    ]);
  });
});
