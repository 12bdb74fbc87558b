// <compare-view> (CompareView.astro), for sites with more codes than static pair pages (compare-pages.ts):
// reads ?a=…&b=… from the URL, fetches the two /data/codes/<id>.json files and aligns them with the same
// alignCodes as the static pages, filling the component's <template>s. Data is written as text, never markup.
import { alignCodes, pairSummary, rowNote } from '../../lib/crosswalk/compare';
import { exportTextWithLeadIn } from '../../lib/content/lead-in';
import type { CellOf } from '../../lib/crosswalk/matrix';
import type { CodeFile } from '../../lib/exports/codes-json';
import { byRole, cloneTemplate, readData } from '../dom';
import { ID_PATTERN as ID } from '../../lib/constants';

type ThemeRef = { id: string; label: string; url: string };
type FileClause = CodeFile['clauses'][number];

function setLink(link: HTMLAnchorElement, href: string, text: string) {
  link.href = href;
  link.textContent = text;
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
    for (const [name, value] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const select = document.querySelector<HTMLSelectElement>(`compare-picker select[name="${name}"]`);
      if (select && [...select.options].some((option) => option.value === value)) select.value = value;
    }
    if (!ID.test(a) || !ID.test(b) || a === b) return say('Choose two different codes.');
    say('Loading the two codes…');
    try {
      const themes = readData<ThemeRef[]>(this, 'themes');
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

  render(themes: ThemeRef[], codeA: CodeFile, codeB: CodeFile) {
    const aligned = alignCodes(themes, codeA, codeB);
    const result = cloneTemplate(this, 'result');
    byRole(result, 'heading').textContent = `${codeA.shortTitle} and ${codeB.shortTitle}, theme by theme`;
    setLink(byRole<HTMLAnchorElement>(result, 'link-a'), codeA.url, codeA.title);
    setLink(byRole<HTMLAnchorElement>(result, 'link-b'), codeB.url, codeB.title);
    byRole(result, 'counts').textContent = `. ${pairSummary(aligned, codeA.shortTitle, codeB.shortTitle)}`;
    byRole(result, 'head-a').textContent = codeA.shortTitle;
    byRole(result, 'head-b').textContent = codeB.shortTitle;
    // Rows as sections with headings, as on the static pair pages.
    const table = byRole(result, 'table');
    for (const row of aligned) {
      const line = cloneTemplate(this, 'row');
      line.classList.add(row.side);
      const title = byRole(line, 'title');
      title.id = `theme-${row.theme.id}-title`;
      line.setAttribute('aria-labelledby', title.id);
      setLink(byRole<HTMLAnchorElement>(line, 'theme-link'), row.theme.url, row.theme.label);
      byRole(line, 'sym').textContent = row.side === 'both' ? '' : row.side === 'neither' ? '○' : '◆';
      byRole(line, 'note').textContent = rowNote(row, codeA.shortTitle, codeB.shortTitle);
      this.fillSide(byRole(line, 'side-a'), codeA, row.a);
      this.fillSide(byRole(line, 'side-b'), codeB, row.b);
      table.append(line);
    }
    this.querySelector('.compare-output')?.replaceChildren(...result.children);
  }

  fillSide(box: HTMLElement, code: CodeFile, cell: CellOf<FileClause>) {
    byRole(box, 'code').textContent = code.shortTitle;
    if (cell.status === 'gap') {
      box.classList.add('silent');
      // A draft code's gap is not a finding yet: its tags are the importer's proposals (lib/crosswalk/review.ts).
      box.append(cloneTemplate(this, code.reviewed === false ? 'not-reviewed' : 'silent'));
    } else
      box.append(
        ...cell.direct.map((c) => this.quote(c, false)),
        ...cell.touches.map((c) => this.quote(c, true)),
      );
  }

  quote(clause: FileClause, touches: boolean): HTMLElement {
    const block = cloneTemplate<HTMLQuoteElement>(this, 'quote');
    block.cite = clause.url;
    block.classList.toggle('touches', touches);
    setLink(byRole<HTMLAnchorElement>(block, 'name'), clause.url, clause.name);
    if (!touches) byRole(block, 'touches').remove();
    for (const paragraph of exportTextWithLeadIn(clause).split('\n\n')) {
      const p = cloneTemplate(this, 'quote-text');
      p.textContent = paragraph;
      block.append(p);
    }
    return block;
  }
}

customElements.define('compare-view', CompareView);
