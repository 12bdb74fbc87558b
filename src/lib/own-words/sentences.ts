// Our prose cut into sentences, each with its clause references, its quotations and the omission notes written
// beside it. Works on Markdown and front-matter text; .astro pages are first reduced to that (page-prose.ts).
import { formatClauseRef, parseClauseRef } from '../clause-ref';
import { findClauseRefs, stripClauseRefs, type ClauseLink } from './refs';

/**
 * A note that a sentence leaves part of a cited clause out on purpose, written right after the sentence in a
 * comment (`<!-- … -->` in Markdown, `{/* … *\/}` in MDX, .astro and front matter):
 *
 * - `omits code-id:clause-id "word", "word": reason` — the sentence need not carry those qualifiers;
 * - `cites code-id:clause-id for "exact words of the clause": reason` — the sentence rests on that part only,
 *   so only the qualifiers inside it are required (the words are checked against the clause);
 * - `topics: reason` — the sentence names what its clauses are about (a summary's list of contents) and states
 *   no duty, so it need not carry their qualifiers; its quotations are still checked.
 */
export interface OmissionNote {
  kind: 'omits' | 'cites-part' | 'topics';
  /** The clause it is about, `code-id:clause-id` (formatClauseRef), whichever form the note was written in. */
  target: string;
  /** `omits`: the qualifier words left out; `cites-part`: the part of the clause cited. */
  words: string[];
  reason: string;
  /** The comment as written, for messages and the editorial record. */
  raw: string;
}

export interface Sentence {
  /** The sentence as plain text (links reduced to their labels, comments removed). */
  text: string;
  refs: ClauseLink[];
  /** Text between double quotation marks ("…" or “…”). */
  quotations: string[];
  notes: OmissionNote[];
  /** Comments that look like omission notes but could not be read. */
  badNotes: string[];
}

const COMMENT = /<!--([\s\S]*?)-->|\{\s*\/\*([\s\S]*?)\*\/\s*\}/g;
const NOTE =
  /^\s*(omits|cites)\s+([a-z0-9-]+[:/][a-z0-9-]+)\s+(?:for\s+)?((?:"[^"]+"\s*,?\s*)+):\s*(\S[\s\S]*?)\s*$/;
const QUOTED = /"([^"]+)"/g;

/** Reads one comment; null when it is not an omission note at all, a string when it is one but malformed. */
function parseNote(comment: string): OmissionNote | string | null {
  const topics = /^\s*topics:\s*(\S[\s\S]*?)\s*$/.exec(comment);
  if (topics) return { kind: 'topics', target: '', words: [], reason: topics[1]!, raw: comment.trim() };
  if (!/^\s*(omits|cites|topics)\b/.test(comment)) return null;
  const match = NOTE.exec(comment);
  if (!match) return comment.trim();
  const [, verb, target, quoted, reason] = match;
  const words = [...quoted!.matchAll(QUOTED)].map((found) => found[1]!);
  return {
    kind: verb === 'omits' ? 'omits' : 'cites-part',
    target: formatClauseRef(parseClauseRef(target!)!),
    words,
    reason: reason!,
    raw: comment.trim(),
  };
}

/** Every omission note in a text, as written (for the editorial record). */
export function findNotes(text: string): OmissionNote[] {
  return [...text.matchAll(COMMENT)].flatMap((match) => {
    const note = parseNote(match[1] ?? match[2] ?? '');
    return note && typeof note !== 'string' ? [note] : [];
  });
}

// A sentence ends at . ! or ? (after any closing quote or bracket) before white space and a capital, a quote, an
// opening bracket or the end; blank lines always end one.
const BOUNDARY = /(?<=[.!?]["”’)\]]*)\s+(?=[A-Z"“(\[*_])|\n\s*\n/;

/** Double quotations in a sentence: straight or curly. */
function quotationsIn(text: string): string[] {
  return [...text.matchAll(/["“]([^"“”]+)["”]/g)].map((match) => match[1]!.trim()).filter(Boolean);
}

export function splitSentences(text: string): Sentence[] {
  // Comments are cut out first and attached to the sentence they follow.
  const pieces: { text: string; comments: string[] }[] = [];
  let last = 0;
  let buffer = '';
  const flush = (comment?: string) => {
    const parts = buffer.split(BOUNDARY).filter((part) => part.trim());
    for (const part of parts) pieces.push({ text: part, comments: [] });
    buffer = '';
    if (comment !== undefined) {
      const target = pieces.at(-1);
      if (target) target.comments.push(comment);
    }
  };
  for (const match of text.matchAll(COMMENT)) {
    buffer += text.slice(last, match.index);
    flush(match[1] ?? match[2] ?? '');
    last = match.index! + match[0].length;
  }
  buffer += text.slice(last);
  flush();
  // A piece cut off by a comment mid-sentence ("… (a) <!-- … --> and (b).") joins the next piece.
  const merged: typeof pieces = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    if (previous && !/[.!?]["”’)\]*_]*\s*$/.test(previous.text) && !/^\s*\n/.test(piece.text)) {
      previous.text += ` ${piece.text}`;
      previous.comments.push(...piece.comments);
    } else merged.push({ ...piece, comments: [...piece.comments] });
  }
  return merged.map(({ text: raw, comments }) => {
    const notes: OmissionNote[] = [];
    const badNotes: string[] = [];
    for (const comment of comments) {
      const note = parseNote(comment);
      if (typeof note === 'string') badNotes.push(note);
      else if (note) notes.push(note);
    }
    const plain = stripClauseRefs(raw)
      .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    return { text: plain, refs: findClauseRefs(raw), quotations: quotationsIn(plain), notes, badNotes };
  });
}

/** The text with omission notes removed, for display (front-matter text carries them inline). */
export function withoutNotes(text: string): string {
  return text
    .replace(COMMENT, (whole, html?: string, jsx?: string) =>
      parseNote(html ?? jsx ?? '') === null ? whole : '',
    )
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,;:])/g, '$1');
}
