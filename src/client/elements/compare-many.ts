// Renders /compare/?codes=a,b,c: checks the choice (bad ids get a message naming them), fetches each
// /data/codes/<id>.json and lists, theme by theme, what each chosen code says. Text is set with
// textContent, never as markup. Ticking codes and submitting writes the choice back to the address.
import { alignMany, parseCodesChoice } from '../../lib/crosswalk/compare-many';
import type { CellOf } from '../../lib/crosswalk/matrix';
import type { CodeFile } from '../../lib/exports/codes-json';
import { element } from '../dom';

type ThemeRef = { id: string; label: string; url: string };
type FileClause = CodeFile['clauses'][number];

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

function cellView(code: CodeFile, cell: CellOf<FileClause>): HTMLElement {
  const box = element('div', 'many-side');
  box.append(element('h4', 'many-code', code.shortTitle));
  if (cell.status === 'gap') {
    box.append(element('p', 'many-silent', '○ Silent'));
    return box;
  }
  for (const [clauses, touches] of [
    [cell.direct, false],
    [cell.touches, true],
  ] as const) {
    for (const clause of clauses) {
      const quote = element('blockquote', touches ? 'many-quote touches' : 'many-quote');
      quote.cite = clause.url;
      const name = element('p');
      name.append(link(clause.url, clause.name), touches ? ' (touches on)' : '');
      quote.append(name, ...clause.text.split('\n\n').map((paragraph) => element('p', undefined, paragraph)));
      box.append(quote);
    }
  }
  return box;
}

export async function attachCompareMany(root: HTMLElement): Promise<void> {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="code"]')];
  const status = root.querySelector<HTMLElement>('[data-many-status]');
  const output = root.querySelector<HTMLElement>('[data-many-output]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
    location.search = `?codes=${chosen.map(encodeURIComponent).join(',')}`;
  });

  // ?codes=a,b,c, or ?code=a&code=b as the form sends it without this script.
  const params = new URLSearchParams(location.search);
  const choice = parseCodesChoice(
    params.get('codes') ?? (params.getAll('code').join(',') || null),
    boxes.map((box) => box.value),
  );
  for (const box of boxes) box.checked = choice.ids.includes(box.value);
  if (choice.problem) return say(choice.problem);
  if (choice.ids.length === 0 || !output) return;
  root.scrollIntoView({ block: 'start' });
  say(`Loading ${choice.ids.length} codes…`);
  try {
    const themes = JSON.parse(
      root.querySelector('script[type="application/json"]')?.textContent ?? '[]',
    ) as ThemeRef[];
    const codes = await Promise.all(
      choice.ids.map(async (id) => {
        const response = await fetch((root.dataset.codeUrl ?? '').replace('{id}', id));
        if (!response.ok) throw new Error(`the code “${id}” could not be loaded (${response.status})`);
        return (await response.json()) as CodeFile;
      }),
    );
    const rows = alignMany(themes, codes);
    const heading = element(
      'h2',
      undefined,
      `${codes.map((code) => code.shortTitle).join(', ')}: theme by theme`,
    );
    heading.tabIndex = -1;
    const sections = rows.map((row) => {
      const section = element('section', 'many-theme');
      section.id = `many-${row.theme.id}`;
      const title = element('h3');
      title.append(
        link(row.theme.url, row.theme.label),
        ' ',
        element('span', 'many-count', `${row.speaking} of ${codes.length} codes`),
      );
      const grid = element('div', 'many-grid');
      grid.append(...row.cells.map((cell, index) => cellView(codes[index]!, cell)));
      section.append(title, grid);
      return section;
    });
    output.replaceChildren(heading, ...sections);
    say('');
  } catch (error) {
    say(`Could not compare these codes: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
