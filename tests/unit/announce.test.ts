import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '../../src/client/search/announce';

describe('createAnnouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const setUp = () => {
    const region = { textContent: '' } as HTMLElement;
    const box = new EventTarget();
    return { region, box, announce: createAnnouncer(region, box, 750) };
  };

  it('speaks once the delay has passed with no typing', () => {
    const { region, announce } = setUp();
    announce('4 clauses match “money”.');
    vi.advanceTimersByTime(749);
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(1);
    expect(region.textContent).toBe('4 clauses match “money”.');
  });

  it('drops a pending count when the reader types again before it is spoken', () => {
    const { region, box, announce } = setUp();
    announce('Keep typing: “co” has no word to search yet.');
    vi.advanceTimersByTime(700);
    // The next keystroke arrives while that query's successor is still searching: nothing is spoken for "co".
    box.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(5000);
    expect(region.textContent).toBe('');
    announce('3 clauses match “con”.');
    vi.advanceTimersByTime(750);
    expect(region.textContent).toBe('3 clauses match “con”.');
  });

  it('clears at once when the search is emptied', () => {
    const { region, announce } = setUp();
    announce('4 clauses match “money”.');
    vi.advanceTimersByTime(750);
    announce('');
    expect(region.textContent).toBe('');
  });
});
