// Every sentence of ours that cites a clause keeps the clause's qualifiers (qualifiers.ts), and every quotation
// in it is word for word from a clause it cites. A sentence that leaves a qualifier out on purpose says so in an
// omission note written after it (sentences.ts), which docs/EDITORIAL.md lists.
import { formatClauseRef } from '../clause-ref';
import type { ContentProblem } from '../content/types';
import { findQualifiers } from './qualifiers';
import { splitSentences, type Sentence } from './sentences';

/** The text of each clause a sentence may cite, by `code-id:clause-id` (formatClauseRef). */
export type ClauseTexts = Map<string, { text: string; leadIn: string | null }>;

/** The clause texts of an assembled site. */
export function siteClauseTexts(site: {
  codes: { id: string; clauses: { id: string; text: string; leadIn: string | null }[] }[];
}): ClauseTexts {
  return new Map(
    site.codes.flatMap((code) =>
      code.clauses.map(
        (clause) =>
          [
            formatClauseRef({ codeId: code.id, clauseId: clause.id }),
            { text: clause.text, leadIn: clause.leadIn },
          ] as const,
      ),
    ),
  );
}

/** A text in our own words, as the qualifier check reads it. */
export interface ProseToCheck {
  file: string;
  /** Which text of the file, for messages. */
  part: string;
  text: string;
}

/** Quotes compared as the reader sees them: runs of white space and the apostrophe's two forms alike. */
const comparable = (text: string) => text.replace(/\s+/g, ' ').replace(/’/g, "'").trim();

/** Whether `quote` is word for word in `source` (an ellipsis stands for left-out words; a first capital may drop). */
export function isVerbatim(quote: string, source: string): boolean {
  const haystack = comparable(source);
  let from = 0;
  for (const raw of comparable(quote).split(/\s*(?:…|\.\.\.|\[…\])\s*/)) {
    const piece = raw.trim();
    if (!piece) continue;
    const candidates = [
      piece,
      piece[0]!.toLowerCase() + piece.slice(1),
      piece[0]!.toUpperCase() + piece.slice(1),
    ];
    const at = Math.min(
      ...candidates.map((candidate) => haystack.indexOf(candidate, from)).filter((i) => i >= 0),
    );
    if (!Number.isFinite(at)) return false;
    from = at + piece.length;
  }
  return true;
}

function checkSentence(sentence: Sentence, clauses: ClauseTexts, report: (message: string) => void): void {
  const quoted = `"${sentence.text}"`;
  for (const bad of sentence.badNotes)
    report(
      `${quoted}: cannot read the omission note "${bad}"; write omits code-id:clause-id "word": reason, or cites code-id:clause-id for "words of the clause": reason`,
    );
  // Compared in the one form, whichever form the link was written in.
  const cited = [...new Set(sentence.refs.map((ref) => (ref.codeId ? formatClauseRef(ref) : ref.target)))];
  // Clauses of other content (a page read against a test fixture without that code) are not checked here.
  const targets = cited.filter((target) => clauses.has(target));
  for (const note of sentence.notes) {
    if (note.kind !== 'topics' && !cited.includes(note.target))
      report(`${quoted}: the omission note names clause:${note.target}, which the sentence does not cite`);
  }
  if (targets.length === 0) return;
  const sources = targets.map((target) => clauses.get(target)!);
  for (const quotation of sentence.quotations) {
    if (
      !sources.some(
        ({ text, leadIn }) => isVerbatim(quotation, text) || (leadIn && isVerbatim(quotation, leadIn)),
      )
    )
      report(
        `${quoted}: the quotation "${quotation}" is not word for word in ${targets.map((t) => `clause:${t}`).join(', ')}`,
      );
  }
  if (sentence.notes.some((note) => note.kind === 'topics')) return;
  for (const target of targets) {
    const { text } = clauses.get(target)!;
    const notes = sentence.notes.filter((note) => note.target === target);
    const parts = notes.filter((note) => note.kind === 'cites-part').flatMap((note) => note.words);
    for (const part of parts)
      if (!isVerbatim(part, text))
        report(`${quoted}: the cited part "${part}" is not word for word in clause:${target}`);
    const omitted = notes.filter((note) => note.kind === 'omits').flatMap((note) => note.words);
    const qualifiers = findQualifiers(parts.length > 0 ? parts.join(' … ') : text);
    for (const word of omitted)
      if (!qualifiers.some((qualifier) => qualifier.test(word)))
        report(
          `${quoted}: the omission note leaves out "${word}", which is not a qualifier of clause:${target}`,
        );
    const missing = qualifiers.filter(
      (qualifier) => !qualifier.test(sentence.text) && !omitted.some((word) => qualifier.test(word)),
    );
    if (missing.length > 0)
      report(
        `${quoted} cites clause:${target} but leaves out ${missing.map((q) => `"${q.words}" (${q.kind})`).join(', ')}: ` +
          `keep ${missing.length === 1 ? 'it' : 'them'}, quote the clause, or say why after the sentence ` +
          `(omits ${target} "${missing[0]!.words}": reason)`,
      );
  }
}

export function checkQualifiers(texts: ProseToCheck[], clauses: ClauseTexts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, part, text } of texts)
    for (const sentence of splitSentences(text))
      checkSentence(sentence, clauses, (message) => problems.push({ file, message: `${part}: ${message}` }));
  return problems;
}
