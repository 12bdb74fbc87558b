// A selection in a shareable link: clause references (../clause-ref.ts) joined by commas
// (`?c=alaska-psp:conflicts-3,dbhds-cprs:conduct-4`). Kept tiny: the add-to-selection script on every code page
// imports it.
import { formatClauseRef, parseClauseRef, type ClauseRef } from '../clause-ref';

export interface ParsedSelection {
  /** Well-formed references in link order, each once. */
  refs: ClauseRef[];
  /** Tokens that are not clause references at all, to report rather than drop. */
  malformed: string[];
}

/** Reads a selection from a link's `c` parameter (or storage). Duplicates keep their first place. */
export function parseSelection(value: string | null | undefined): ParsedSelection {
  const refs: ClauseRef[] = [];
  const malformed: string[] = [];
  const seen = new Set<string>();
  for (const token of (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const ref = parseClauseRef(token);
    if (!ref) malformed.push(token);
    else if (!seen.has(formatClauseRef(ref))) {
      seen.add(formatClauseRef(ref));
      refs.push(ref);
    }
  }
  return { refs, malformed };
}

/** The `c` parameter's value. Ids are lower-case words and hyphens, so nothing needs escaping. */
export function serializeSelection(refs: ClauseRef[]): string {
  return refs.map(formatClauseRef).join(',');
}

/** Adds a reference at the end, or removes it when already there. */
export function toggleRef(refs: ClauseRef[], ref: ClauseRef): ClauseRef[] {
  const key = formatClauseRef(ref);
  return refs.some((candidate) => formatClauseRef(candidate) === key)
    ? refs.filter((candidate) => formatClauseRef(candidate) !== key)
    : [...refs, ref];
}

/** Moves the item at `from` by `delta` places, clamped to the list. */
export function moveItem<T>(items: T[], from: number, delta: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, from + delta));
  if (from < 0 || from >= items.length || to === from) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Swaps two references by key (moving a clause past its neighbour within a group). */
export function swapRefs(refs: ClauseRef[], a: string, b: string): ClauseRef[] {
  const i = refs.findIndex((ref) => formatClauseRef(ref) === a);
  const j = refs.findIndex((ref) => formatClauseRef(ref) === b);
  if (i < 0 || j < 0) return refs;
  const next = [...refs];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}
