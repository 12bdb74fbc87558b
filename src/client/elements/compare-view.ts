// <compare-view> (CompareView.astro): the comparison /compare/ draws in the browser, for two codes (?a=…&b=…, on
// sites above the static pair pages' limit, compare-pages.ts) or several (?codes=a,b,c, or ?code=a&code=b as the
// form sends it without its script). Fetches each /data/codes/<id>.json and draws compareRows' rows from
// CompareRow's templates, with the summary and the filter of the pair pages. Bad choices get a message naming
// what is wrong.
import { compareRows, compareSummary, differenceCount, type ComparedCode } from '../../lib/crosswalk/compare';
import { parseCodesChoice } from '../../lib/crosswalk/compare-many';
import { exportTextWithLeadIn } from '../../lib/content/lead-in';
import type { CodeFile } from '../../lib/exports/codes-json';
import { drawCompareRows, jumpLinks } from '../compare-rows';
import { byRole, element, find, readData } from '../dom';

type ThemeRef = { id: string; label: string; url: string };
type FileClause = CodeFile['clauses'][number];

/** The codes the address asks for, or what is wrong with the choice. */
function chosenCodes(params: URLSearchParams, known: string[]): { ids: string[]; problem?: string } {
  if (params.has('a') || params.has('b')) {
    const ids = [params.get('a') ?? '', params.get('b') ?? ''];
    const unknown = ids.filter((id) => !known.includes(id));
    if (unknown.length)
      return {
        ids: [],
        problem: `No code with the id ${unknown.map((id) => `“${id}”`).join(', ')} on this site.`,
      };
    return ids[0] === ids[1] ? { ids: [], problem: 'Choose two different codes.' } : { ids };
  }
  return parseCodesChoice(params.get('codes') ?? (params.getAll('code').join(',') || null), known);
}

function names(codes: { shortTitle: string }[]): string {
  const all = codes.map((code) => code.shortTitle);
  return all.length <= 2 ? all.join(' and ') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

class CompareView extends HTMLElement {
  async connectedCallback() {
    const params = new URLSearchParams(window.location.search);
    const known = readData<string[]>(this, 'codes');
    const choice = chosenCodes(params, known);
    const say = (text: string) => {
      find(this, '.compare-status').textContent = text;
    };
    this.showInPicker(params);
    if (choice.problem) return say(choice.problem);
    if (choice.ids.length === 0) return;
    say(`Loading ${choice.ids.length} codes…`);
    try {
      const themes = readData<ThemeRef[]>(this, 'themes');
      const files = await Promise.all(choice.ids.map((id) => this.load(id)));
      this.draw(themes, files);
      say('');
      if (choice.ids.length > 2 || !params.has('a')) this.scrollIntoView({ block: 'start' });
    } catch (error) {
      say(`Could not compare these codes: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }

  /** The pair being compared, shown in the picker too. */
  private showInPicker(params: URLSearchParams) {
    for (const name of ['a', 'b']) {
      const value = params.get(name) ?? '';
      const select = document.querySelector<HTMLSelectElement>(`compare-picker select[name="${name}"]`);
      if (select && [...select.options].some((option) => option.value === value)) select.value = value;
    }
  }

  private async load(id: string): Promise<CodeFile> {
    const response = await fetch((this.dataset.codeUrl ?? '').replace('{id}', id));
    if (!response.ok) throw new Error(`the code “${id}” could not be loaded (${response.status})`);
    return (await response.json()) as CodeFile;
  }

  private draw(themes: ThemeRef[], files: CodeFile[]) {
    const codes: ComparedCode<FileClause>[] = files;
    const rows = compareRows(
      themes.map((theme) => ({ id: theme.id, label: theme.label, href: theme.url })),
      codes,
      (code, clause, touches) => ({
        codeId: code.id,
        clauseId: clause.id,
        name: clause.name,
        href: clause.url,
        // Quoted apart from its code, a clause keeps the subject its lead-in gives it.
        paragraphs: exportTextWithLeadIn(clause).split('\n\n'),
        touches,
        selectionName: `${code.shortTitle}, ${clause.name}`,
      }),
    );
    const result = find(this, '.compare-result');
    byRole(result, 'heading').textContent = `${names(files)}, theme by theme`;
    const links = files.flatMap((file, index) => {
      const link = element('a', undefined, file.title);
      link.href = file.url;
      return index === 0 ? [link] : [index === files.length - 1 ? ' and ' : ', ', link];
    });
    byRole(result, 'summary').replaceChildren(...links, `. ${compareSummary(rows)}`);
    find(result, '[data-differences]').textContent = String(differenceCount(rows));
    byRole(result, 'rows').replaceChildren(drawCompareRows(this, rows));
    find(result, '[data-jump]').replaceChildren(...jumpLinks(rows));
    result.hidden = false;
    // <compare-filter> (compare-filter.ts) takes in the new rows and applies the address's ?show=.
    document.dispatchEvent(new Event('compare-rows'));
  }
}

customElements.define('compare-view', CompareView);
