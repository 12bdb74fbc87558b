// A program's own code of ethics in the making: clauses adopted (and perhaps reworded) from the established
// codes, each keeping its source, plus the program's own wording, theme by theme. Pure functions: the
// /build/ page script and the tests share them. Its Markdown export is in markdown.ts (loaded on download).

/** A clause of an established code that a draft can adopt. */
export interface SourceClause {
  /** `code-id:clause-id`. */
  ref: string;
  codeId: string;
  codeTitle: string;
  issuer: string;
  /** Short name for attributions: "Alaska PSP, Conflicts of Interest 3." */
  name: string;
  /** The clause's full name in its code, for citations: "Conflicts of Interest 3.", "Value 3.". */
  clause: string;
  /** Path of the clause's permalink, with the base path. */
  url: string;
  /** Path of its code's page, with the base path. */
  codeUrl: string;
  /** Themes the clause addresses directly. */
  themes: string[];
  /** The source's own words. */
  text: string;
}

export interface DraftEntry {
  /** The theme it is filed under in the draft. */
  themeId: string;
  /** The adopted clause, or absent for the program's own wording. */
  source?: string;
  /** The wording in the draft; starts as the source's and may be adapted. */
  text: string;
}

export interface Draft {
  title: string;
  entries: DraftEntry[];
}

export const DEFAULT_DRAFT_TITLE = 'Our code of ethics';

export function emptyDraft(): Draft {
  return { title: '', entries: [] };
}

export function adoptClause(draft: Draft, themeId: string, source: SourceClause): Draft {
  if (draft.entries.some((entry) => entry.themeId === themeId && entry.source === source.ref)) return draft;
  return { ...draft, entries: [...draft.entries, { themeId, source: source.ref, text: source.text }] };
}

export function dropClause(draft: Draft, themeId: string, ref: string): Draft {
  return {
    ...draft,
    entries: draft.entries.filter((entry) => !(entry.themeId === themeId && entry.source === ref)),
  };
}

/** Sets the wording of an adopted clause, or (without `ref`) the program's own wording for the theme. */
export function setText(draft: Draft, themeId: string, ref: string | undefined, text: string): Draft {
  const index = draft.entries.findIndex((entry) => entry.themeId === themeId && entry.source === ref);
  if (index < 0)
    return ref || !text.trim() ? draft : { ...draft, entries: [...draft.entries, { themeId, text }] };
  if (!ref && !text.trim()) return { ...draft, entries: draft.entries.filter((_, i) => i !== index) };
  return { ...draft, entries: draft.entries.map((entry, i) => (i === index ? { ...entry, text } : entry)) };
}

export interface DraftCoverage {
  /** Theme ids the draft covers, in taxonomy order. */
  covered: string[];
  /** Theme ids it leaves out, in taxonomy order. */
  missing: string[];
}

/**
 * A theme is covered when the draft has wording filed under it, or adopts a clause that addresses it directly
 * (adopting a clause on two themes covers both).
 */
export function draftCoverage(
  draft: Draft,
  themeIds: string[],
  sources: Map<string, SourceClause>,
): DraftCoverage {
  const covered = new Set<string>();
  for (const entry of draft.entries) {
    if (!entry.text.trim()) continue;
    covered.add(entry.themeId);
    for (const theme of (entry.source && sources.get(entry.source)?.themes) || []) covered.add(theme);
  }
  return {
    covered: themeIds.filter((id) => covered.has(id)),
    missing: themeIds.filter((id) => !covered.has(id)),
  };
}

/**
 * Adopted references that match no clause (a code revised since the draft was saved); reported, not dropped.
 * `settled` tells whether the clauses on a theme are known yet (the builder loads them theme by theme): an
 * entry filed under a theme still loading is pending, not unknown.
 */
export function unknownSources(
  draft: Draft,
  sources: Map<string, SourceClause>,
  settled: (themeId: string) => boolean = () => true,
): string[] {
  return [
    ...new Set(
      draft.entries.flatMap((entry) =>
        entry.source && !sources.has(entry.source) && settled(entry.themeId) ? [entry.source] : [],
      ),
    ),
  ];
}

/** The themes, of those given, whose clauses the draft adopts: the ones to load to show or export it. */
export function themesWithAdoptions(draft: Draft, themeIds: string[]): string[] {
  const adopted = new Set(draft.entries.flatMap((entry) => (entry.source ? [entry.themeId] : [])));
  return themeIds.filter((id) => adopted.has(id));
}

/** Draft to a compact, URL-safe string (base64url of UTF-8 JSON), for storage and share links. */
export function encodeDraft(draft: Draft): string {
  const compact = {
    t: draft.title,
    e: draft.entries.map((entry) => [entry.themeId, entry.source ?? '', entry.text]),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(compact));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The inverse of encodeDraft; null for anything that is not a draft (a mangled link). */
export function decodeDraft(value: string): Draft | null {
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))),
    );
    if (!parsed || typeof parsed !== 'object') return null;
    const { t, e } = parsed as { t?: unknown; e?: unknown };
    if (typeof t !== 'string' || !Array.isArray(e)) return null;
    const entries: DraftEntry[] = [];
    for (const item of e) {
      if (!Array.isArray(item) || item.length !== 3 || !item.every((part) => typeof part === 'string'))
        return null;
      const [themeId, source, text] = item as [string, string, string];
      entries.push(source ? { themeId, source, text } : { themeId, text });
    }
    return { title: t, entries };
  } catch {
    return null;
  }
}
