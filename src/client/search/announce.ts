// Announces a search's result count once typing pauses, not on every keystroke: a screen reader would
// otherwise read "12 clauses match “c”", "9 clauses match “ca”"… while the reader is still typing.
const ANNOUNCE_DELAY_MS = 750;

/**
 * Returns `announce(text)`: `text` is spoken `delay` ms later unless the reader types again first (an `input`
 * event on `typedIn`, the box or the form around it). A keystroke cancels what is pending: that count belongs
 * to the query before it, and the new query's count is announced once its own results arrive and typing pauses.
 */
export function createAnnouncer(
  region: HTMLElement,
  typedIn: EventTarget,
  delay = ANNOUNCE_DELAY_MS,
): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  typedIn.addEventListener('input', () => clearTimeout(timer));
  return (text: string) => {
    clearTimeout(timer);
    if (!text) {
      region.textContent = '';
      return;
    }
    timer = setTimeout(() => {
      if (region.textContent !== text) region.textContent = text;
    }, delay);
  };
}
