// The Cite menu of a <clause-actions> element: plain text, APA 7th, a Markdown link, and the clause as rich text
// (lib/citation.ts makes each). Loaded on the first click on Cite.
import { apaCitation, markdownLink, richQuote, type CiteData } from '../lib/citation';
import { absoluteUrl, copyText } from './clipboard';
import { copyRich } from './rich-clipboard';

const FORMATS = [
  ['cite-plain', 'Plain text'],
  ['cite-apa', 'APA 7th'],
  ['cite-markdown', 'Markdown link'],
  ['cite-rich', 'Copy as rich text (quote with link)'],
] as const;

/** Opens or closes the format menu, made on first use so a code page carries no markup for it per clause. */
export function toggleCiteMenu(host: HTMLElement): void {
  const button = host.querySelector<HTMLButtonElement>('[data-action="cite"]');
  if (!button) return;
  let menu = host.querySelector<HTMLElement>('.cite-menu');
  if (!menu) {
    menu = document.createElement('div');
    menu.className = 'cite-menu';
    menu.setAttribute('role', 'group');
    menu.setAttribute('aria-label', 'Citation formats');
    for (const [action, label] of FORMATS) {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'button';
      item.dataset.action = action;
      item.textContent = label;
      menu.append(item);
    }
    button.after(menu);
  }
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  menu.hidden = !open;
  if (open) menu.querySelector('button')?.focus();
}

/** The clause's words as shown beside the actions: its paragraphs, without lead-in or print-only lines. */
function clauseText(host: HTMLElement): string {
  // On a clause's own page the actions sit in the side column, outside the article: the page's one quote.
  const quote = (host.closest('[data-clause]') ?? host.closest('main'))?.querySelector('[data-quote]');
  const paragraphs = quote ? [...quote.querySelectorAll('p:not(.print-only):not(.lead-in), li')] : [];
  return paragraphs
    .map((paragraph) => paragraph.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join('\n\n');
}

/** Copies the clause in one format; returns the message for the status line. */
export async function citeAs(host: HTMLElement, action: string): Promise<string> {
  const url = absoluteUrl(host.dataset.href ?? '');
  const data = JSON.parse(host.dataset.cite ?? '{}') as CiteData;
  if (action === 'cite-rich') {
    const quote = richQuote({ ...data, text: clauseText(host), url });
    return (await copyRich(quote.html, quote.text))
      ? 'Quote copied as rich text'
      : `Copy this: ${quote.text}`;
  }
  if (action === 'cite-apa') {
    const apa = apaCitation({ ...data, url, retrieved: new Date() });
    return (await copyRich(apa.html, apa.text)) ? 'APA citation copied' : `Copy this: ${apa.text}`;
  }
  const text =
    action === 'cite-markdown' ? markdownLink({ ...data, url }) : `${host.dataset.citation ?? ''} ${url}`;
  const done = action === 'cite-markdown' ? 'Markdown link copied' : 'Citation copied';
  return (await copyText(text)) ? done : `Copy this: ${text}`;
}
