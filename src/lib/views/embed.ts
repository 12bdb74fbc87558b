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
  /** The clause's own page, with base: where the card's link goes, and its canonical page (the card is a copy). */
  pageHref: string;
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
  };
}

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The frame's height where the host page drops the snippet's script: enough for most clauses at 340 px wide. */
export const EMBED_FALLBACK_HEIGHT = 400;

/**
 * The `type` of the card's height message. The same string as EMBED_HEIGHT_MESSAGE in lib/embed/frame.ts (a unit
 * test holds them equal): importing it would put the card's script in the clause actions' chunk.
 */
const HEIGHT_MESSAGE = 'pec-embed-height';

/**
 * The snippet a reader pastes into another site: a lazily loaded, titled, bordered frame of the card at
 * `?theme=` (light, dark, or auto to follow the visitor), then a one-line listener that fits the frame's height to
 * the card's (it accepts only the card's origin and only sizes the frame that sent it). Without the script the
 * frame keeps EMBED_FALLBACK_HEIGHT and scrolls.
 */
export function embedSnippet(
  embedUrl: string,
  title: string,
  theme: 'light' | 'dark' | 'auto' = 'auto',
): string {
  const url = new URL(embedUrl);
  url.searchParams.set('theme', theme);
  const frame = `<iframe src="${attribute(url.href)}" title="${attribute(title)}" width="560" height="${EMBED_FALLBACK_HEIGHT}" loading="lazy" style="border:1px solid #c9d0da;border-radius:6px;max-width:100%"></iframe>`;
  const listener = `<script>addEventListener("message",function(e){var d=e.data,h=d&&+d.height;if(e.origin!==${JSON.stringify(url.origin)}||!(h>0)||d.type!=="${HEIGHT_MESSAGE}")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.min(h,4000)+"px"})})</script>`;
  return `${frame}\n${listener}`;
}
