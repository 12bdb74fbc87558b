// The crosswalk filters as a query string, so a filtered matrix can be linked and comes back on load:
// ?audience=first-responder&group=boundaries&codes=alaska-psp,iaps. Absent parameters mean "all".

export interface CrosswalkFilterState {
  /** Audiences whose codes show as columns; empty means every audience. */
  audiences: string[];
  /** Theme group whose rows show; empty means every group. */
  group: string;
  /** Codes shown as columns; empty means every code (on this page). */
  codes: string[];
}

export interface CrosswalkFilterOptions {
  audiences: readonly string[];
  groups: readonly string[];
  codes: readonly string[];
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads the query; unknown values are dropped (and named in `ignored`) rather than hiding everything. */
export function parseCrosswalkQuery(
  search: string,
  options: CrosswalkFilterOptions,
): CrosswalkFilterState & { ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const known = (values: string[], allowed: readonly string[]) =>
    values.filter((value) => allowed.includes(value) || (ignored.push(value), false));
  const audiences = known(list(params.get('audience')), options.audiences);
  const [group = ''] = known(list(params.get('group')), options.groups);
  const codes = known(list(params.get('codes')), options.codes);
  // Everything chosen is the same as nothing chosen: keep one spelling.
  return {
    audiences: audiences.length === options.audiences.length ? [] : audiences,
    group,
    codes: codes.length === options.codes.length ? [] : codes,
    ignored,
  };
}

/** The query string for a state, '' when nothing is filtered. Parameters in a fixed order. */
export function crosswalkQuery(state: CrosswalkFilterState, options: CrosswalkFilterOptions): string {
  const params: string[] = [];
  const partial = (chosen: string[], all: readonly string[]) =>
    chosen.length > 0 && chosen.length < all.length;
  if (partial(state.audiences, options.audiences))
    params.push(`audience=${state.audiences.map(encodeURIComponent).join(',')}`);
  if (state.group) params.push(`group=${encodeURIComponent(state.group)}`);
  if (partial(state.codes, options.codes))
    params.push(`codes=${state.codes.map(encodeURIComponent).join(',')}`);
  return params.length ? `?${params.join('&')}` : '';
}
