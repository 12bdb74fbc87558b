// Code that runs only when a reader uses a control loads on the first sign they are about to: a pointer going
// down on it, focus reaching it, or a key pressed on it. By the click the (small, same-origin, usually
// precached) chunk is there, so the page ships no script for controls nobody uses and the press answers as
// fast as before.

/**
 * Returns a loader for `load`'s module that runs once (again after a failure, so that a dropped connection can
 * be retried), and starts it early when a control under root matching `selector` shows intent.
 */
export function loadOnIntent<T>(
  root: HTMLElement,
  selector: string,
  load: () => Promise<T>,
): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const get = () =>
    (loading ??= load().catch((problem: unknown) => {
      loading = undefined;
      throw problem;
    }));
  const warm = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(selector)) get().catch(() => {});
  };
  for (const type of ['pointerdown', 'focusin', 'keydown'])
    root.addEventListener(type, warm, { passive: true });
  return get;
}
