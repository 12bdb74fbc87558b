// Marks the query's words in a clause's text, as plain segments the UI turns into text nodes and <mark>
// elements: no HTML is ever parsed, so neither the query nor the content can inject markup.

export interface Segment {
  text: string;
  mark: boolean;
}

/** Rough English stem, enough to mark "loan" for "loans" and "gift" for "gifting" (pagefind stems too). */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '') || word;
}

/** Lower-cased stems of the query's words, three letters or more (shorter ones would mark noise). */
export function queryStems(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map(stem).filter((word) => word.length >= 3))];
}

/** Splits text into runs, marking each word that starts with a stem of the query. */
export function highlight(text: string, query: string): Segment[] {
  const stems = queryStems(query);
  const segments: Segment[] = [];
  const push = (part: string, mark: boolean) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += part;
    else segments.push({ text: part, mark });
  };
  // Alternating runs of word and non-word characters; only words can be marked.
  for (const part of text.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu) ?? []) {
    const lower = part.toLowerCase();
    push(part, stems.length > 0 && /[\p{L}\p{N}]/u.test(part) && stems.some((s) => lower.startsWith(s)));
  }
  return segments;
}
