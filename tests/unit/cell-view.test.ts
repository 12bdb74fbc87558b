// cellView (src/lib/crosswalk/cell-view.ts): the one definition of how a crosswalk or compare cell reads.
import { describe, expect, it } from 'vitest';
import { cellView } from '../../src/lib/crosswalk/cell-view';
import { CELL_STATES } from '../../src/lib/crosswalk/matrix';

describe('cellView', () => {
  it('gives each state its own symbol and words, the same for reviewed and draft codes where they speak', () => {
    const views = CELL_STATES.map((state) => cellView(state, true));
    expect(views.map((view) => [view.state, view.symbol, view.words, view.label])).toEqual([
      ['addresses', '●', 'addresses', 'Addresses it'],
      ['in-passing', '◐', 'in passing', 'In passing'],
      ['silent', '○', 'silent', 'Silent'],
    ]);
    expect(cellView('addresses', false)).toEqual(cellView('addresses', true));
    expect(cellView('in-passing', false)).toEqual(cellView('in-passing', true));
  });

  it('never calls a draft code silent: its gap reads "not reviewed"', () => {
    const draft = cellView('silent', false);
    expect(draft.state).toBe('silent');
    expect(draft.words).toBe('not reviewed');
    expect(draft.label).toBe('Not reviewed');
    expect(JSON.stringify(draft)).not.toMatch(/silent"?[^:]*$|Silent/);
  });
});
