// Keeps the crosswalk filters in the address: restores them from ?audience=&group=&codes= on load, and
// writes them back (replaceState) on every change. The options are read from the form itself.
import {
  crosswalkQuery,
  parseCrosswalkQuery,
  type CrosswalkFilterOptions,
} from '../lib/crosswalk/filter-query';

const boxes = (root: HTMLElement, name: string) => [
  ...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
];

function optionsOf(root: HTMLElement): CrosswalkFilterOptions {
  return {
    audiences: boxes(root, 'audience').map((input) => input.value),
    groups: [...root.querySelectorAll<HTMLOptionElement>('select[name="group"] option')]
      .map((option) => option.value)
      .filter(Boolean),
    codes: boxes(root, 'code').map((input) => input.value),
  };
}

/** Sets the controls from the address; true when it asked for any filter. Unknown values are named in the status. */
export function restoreFilters(root: HTMLElement): boolean {
  const state = parseCrosswalkQuery(location.search, optionsOf(root));
  for (const input of boxes(root, 'audience'))
    input.checked = state.audiences.length === 0 || state.audiences.includes(input.value);
  for (const input of boxes(root, 'code'))
    input.checked = state.codes.length === 0 || state.codes.includes(input.value);
  const select = root.querySelector<HTMLSelectElement>('select[name="group"]');
  if (select) select.value = state.group;
  if (state.ignored.length) {
    const status = root.querySelector('.status');
    queueMicrotask(() => status?.append(` Not a filter here, ignored: ${state.ignored.join(', ')}.`));
  }
  return Boolean(state.audiences.length || state.codes.length || state.group || state.ignored.length);
}

export function saveFilters(root: HTMLElement): void {
  const checked = (name: string) =>
    boxes(root, name)
      .filter((input) => input.checked)
      .map((input) => input.value);
  const options = optionsOf(root);
  const query = crosswalkQuery(
    {
      audiences: checked('audience'),
      group: root.querySelector<HTMLSelectElement>('select[name="group"]')?.value ?? '',
      codes: checked('code'),
    },
    options,
  );
  history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
}
