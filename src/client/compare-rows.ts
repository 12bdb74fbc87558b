// Draws a comparison's rows in the browser by cloning CompareRow's <template>s (and ClauseQuote's), filled from
// compareRows (lib/crosswalk/compare.ts): the same rows, words and markup as the pair pages render on the server.
// Text is set as text, never markup.
import type { CompareRowView, QuoteView } from '../lib/crosswalk/compare';
import { formatClauseRef } from '../lib/clause-ref';
import { byRole, cloneTemplate, element, find } from './dom';

function quote(templates: Element, view: QuoteView): HTMLElement {
  const block = cloneTemplate<HTMLQuoteElement>(templates, 'clause-quote');
  block.cite = view.href;
  block.classList.toggle('touches', view.touches);
  const name = byRole<HTMLAnchorElement>(block, 'name');
  name.href = view.href;
  name.textContent = view.name;
  if (!view.touches) byRole(block, 'touches').remove();
  block.append(
    ...view.paragraphs.map((paragraph) => {
      const text = cloneTemplate(templates, 'quote-text');
      text.textContent = paragraph;
      return text;
    }),
  );
  return block;
}

/** The row's "Add to selection" menu: one line per clause it quotes, or no menu when it quotes none. */
function fillRowAdd(templates: Element, section: Element, row: CompareRowView): void {
  const menu = byRole(section, 'row-add');
  const quotes = row.cells.flatMap((cell) => cell.quotes);
  if (quotes.length === 0) {
    menu.remove();
    return;
  }
  byRole(menu, 'row-add-theme').textContent = `: ${row.theme.label}`;
  byRole(menu, 'row-add-list').append(
    ...quotes.map((view) => {
      const item = cloneTemplate(templates, 'row-add-item');
      byRole(item, 'name').textContent = view.selectionName;
      const add = find(item, 'add-to-selection');
      add.dataset.ref = formatClauseRef(view);
      find(add, '.visually-hidden').textContent = `: ${view.selectionName}`;
      return item;
    }),
  );
}

/** The comparison's table: column heads and one section per theme, as CompareRow renders them. */
export function drawCompareRows(templates: Element, rows: CompareRowView[]): HTMLElement {
  const codes = rows[0]?.cells.map((cell) => cell.code) ?? [];
  const table = cloneTemplate(templates, 'compare-table');
  table.classList.toggle('many', codes.length > 2);
  const head = find(table, '.compare-head');
  for (const code of codes) {
    const cell = cloneTemplate(templates, 'compare-head-cell');
    cell.textContent = code.shortTitle;
    head.append(cell);
  }
  for (const row of rows) {
    const section = cloneTemplate(templates, 'compare-row');
    section.id = `theme-${row.theme.id}`;
    section.classList.add(row.side);
    section.dataset.side = row.side;
    const title = byRole(section, 'title');
    title.id = `theme-${row.theme.id}-title`;
    section.setAttribute('aria-labelledby', title.id);
    const link = byRole<HTMLAnchorElement>(section, 'theme');
    link.href = row.theme.href;
    link.textContent = row.theme.label;
    // The space between symbol and words, as on the server: the template's JSX drops whitespace between elements.
    byRole(section, 'mark').textContent = row.mark;
    byRole(section, 'mark').after(' ');
    byRole(section, 'note').textContent = row.note;
    fillRowAdd(templates, section, row);
    for (const { code, view, quotes } of row.cells) {
      const side = cloneTemplate(templates, 'compare-cell');
      byRole(side, 'code').textContent = code.shortTitle;
      if (view.state === 'silent') {
        side.classList.add('silent');
        const silent = cloneTemplate(templates, 'compare-silent');
        byRole(silent, 'symbol').textContent = view.symbol;
        byRole(silent, 'symbol').after(' ');
        byRole(silent, 'label').textContent = view.label;
        side.append(silent);
      } else side.append(...quotes.map((view) => quote(templates, view)));
      section.append(side);
    }
    table.append(section);
  }
  return table;
}

/** The filter's "Jump to a theme" list, one link per row drawn. */
export function jumpLinks(rows: CompareRowView[]): HTMLLIElement[] {
  return rows.map((row) => {
    const item = element('li');
    const link = element('a', undefined, row.theme.label);
    link.href = `#theme-${row.theme.id}`;
    item.append(link);
    return item;
  });
}
