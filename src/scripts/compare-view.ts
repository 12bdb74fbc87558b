// The compare view for sites with more codes than static pair pages (compare-pages.ts): reads ?a=…&b=… from
// the URL, fetches the two /data/codes/<id>.json files and aligns them with the same alignCodes as the static
// pages. All data is written with textContent, never as markup.
import { alignCodes, type Side } from '../lib/crosswalk/compare';
import type { CellOf } from '../lib/crosswalk/matrix';
import type { CodeFile } from '../lib/exports/codes-json';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
type ThemeRef = { id: string; label: string; url: string };
type FileClause = CodeFile['clauses'][number];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

function quote(clause: FileClause, touches: boolean): HTMLElement {
  const block = element('blockquote', touches ? 'clause-quote touches' : 'clause-quote');
  block.cite = clause.url;
  const name = element('p', 'quote-name');
  name.append(link(clause.url, clause.name));
  if (touches) name.append(' ', element('span', 'badge', 'touches on'));
  block.append(name, ...clause.text.split('\n\n').map((paragraph) => element('p', 'quote-text', paragraph)));
  return block;
}

function side(code: CodeFile, cell: CellOf<FileClause>): HTMLElement {
  const box = element('div', cell.status === 'gap' ? 'side silent' : 'side');
  box.append(element('h4', 'side-code', code.shortTitle));
  if (cell.status === 'gap') box.append(element('p', 'silent-text', code.reviewed === false ? '○ Not reviewed' : '○ Silent'));
  else box.append(...cell.direct.map((c) => quote(c, false)), ...cell.touches.map((c) => quote(c, true)));
  return box;
}

class CompareView extends HTMLElement {
  async connectedCallback() {
    const params = new URLSearchParams(window.location.search);
    const [a, b] = [params.get('a') ?? '', params.get('b') ?? ''];
    const status = this.querySelector<HTMLElement>('.compare-status');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    if (!a && !b) return;
    // Show the pair being compared in the picker too.
    for (const [name, value] of [['a', a], ['b', b]] as const) {
      const select = document.querySelector<HTMLSelectElement>(`compare-picker select[name="${name}"]`);
      if (select && [...select.options].some((option) => option.value === value)) select.value = value;
    }
    if (!ID.test(a) || !ID.test(b) || a === b) return say('Choose two different codes.');
    this.linkStylesheet();
    say('Loading the two codes…');
    try {
      const themes = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '[]') as ThemeRef[];
      const load = async (id: string) => {
        const response = await fetch((this.dataset.codeUrl ?? '').replace('{id}', id));
        if (!response.ok) throw new Error(`No code "${id}"`);
        return (await response.json()) as CodeFile;
      };
      const [codeA, codeB] = await Promise.all([load(a), load(b)]);
      this.render(themes, codeA, codeB);
      say('');
    } catch (error) {
      say(`Could not compare these codes: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }

  linkStylesheet() {
    const href = this.dataset.stylesheet;
    if (!href || document.querySelector(`link[href="${href}"]`)) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }

  render(themes: ThemeRef[], codeA: CodeFile, codeB: CodeFile) {
    const aligned = alignCodes(themes, codeA, codeB);
    const count = (which: Side) => aligned.filter((row) => row.side === which).length;
    const note: Record<Side, string> = { both: 'Both codes', 'only-a': `Only ${codeA.shortTitle}`, 'only-b': `Only ${codeB.shortTitle}`, neither: 'Neither code' };
    const output = this.querySelector('.compare-output');
    if (!output) return;
    const heading = element('h2', undefined, `${codeA.shortTitle} and ${codeB.shortTitle}, theme by theme`);
    heading.tabIndex = -1;
    const summary = element('p', 'prose');
    summary.append(link(codeA.url, codeA.title), ' beside ', link(codeB.url, codeB.title),
      `. Of ${aligned.length} themes, both speak to ${count('both')}; only ${codeA.shortTitle} to ${count('only-a')}; only ${codeB.shortTitle} to ${count('only-b')}; neither to ${count('neither')}. Themes only one code covers are highlighted.`);
    // Rows as sections with headings, as on the static pair pages; the column heads are for sighted readers
    // only, since each side names its code.
    const table = element('div', 'compare');
    const head = element('div', 'compare-head');
    head.setAttribute('aria-hidden', 'true');
    head.append(...['Theme', codeA.shortTitle, codeB.shortTitle].map((text) => element('span', undefined, text)));
    table.append(head);
    for (const row of aligned) {
      const line = element('section', `compare-row ${row.side}`);
      const titleId = `theme-${row.theme.id}-title`;
      line.setAttribute('aria-labelledby', titleId);
      const themeCell = element('div', 'theme-cell');
      const title = element('h3', 'theme-title');
      title.id = titleId;
      title.append(link(row.theme.url, row.theme.label));
      themeCell.append(title, element('span', 'side-note', `${row.side === 'both' ? '' : row.side === 'neither' ? '○ ' : '◆ '}${note[row.side]}`));
      line.append(themeCell, side(codeA, row.a), side(codeB, row.b));
      table.append(line);
    }
    output.replaceChildren(heading, summary, table);
  }
}

customElements.define('compare-view', CompareView);
