// The props of a clause embed (/embed/<code>/<clause>/): a card other sites frame, and the <iframe> snippet that
// frames it.
import type { Clause, Code } from '../content/model';
import { paths, withBase } from '../paths';

export interface EmbedView {
  title: string;
  codeTitle: string;
  name: string;
  leadIn: string | null;
  paragraphs: string[];
  /** The clause's own page, with base: where the card's link goes. */
  pageHref: string;
  /** This embed's path, below the base (its canonical is the clause page). */
  canonicalPath: string;
}

export function embedView(code: Code, clause: Clause, base: string): EmbedView {
  return {
    title: `${code.data.shortTitle}, ${clause.name}`,
    codeTitle: code.data.title,
    name: clause.name,
    leadIn: clause.leadIn,
    paragraphs: clause.text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    pageHref: withBase(paths.clausePage(code.id, clause.id), base),
    canonicalPath: paths.clausePage(code.id, clause.id),
  };
}

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The snippet a reader pastes into another site: a lazily loaded, titled, bordered frame of the card. */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" width="560" height="260" loading="lazy" style="border:1px solid #c9d0da;border-radius:6px;max-width:100%"></iframe>`;
}
