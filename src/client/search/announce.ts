// Announces a search's result count once typing pauses, not on every keystroke: a screen reader would
// otherwise read "12 clauses match “c”", "9 clauses match “ca”"… while the reader is still typing.
const ANNOUNCE_DELAY_MS = 750;

export function createAnnouncer(region: HTMLElement, delay = ANNOUNCE_DELAY_MS): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
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
