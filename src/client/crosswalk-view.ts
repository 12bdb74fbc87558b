// The crosswalk's "Copy link to this view" and "Download this view as CSV" (CrosswalkFilters.astro). Loaded on
// the first press: the CSV needs codes.json, which most readers of the matrix never fetch.
import type { CodesExport } from '../schemas/export';
import { crosswalkViewCsv } from '../lib/exports/crosswalk-view-csv';
import { plural } from '../lib/text';
import { copyText } from './clipboard';
import { downloadText } from './download';

/** Copies the address, which saveFilters keeps in step with the filters; returns the status message. */
async function copyViewLink(): Promise<string> {
  return (await copyText(location.href))
    ? 'Link to this view copied: it opens the matrix with these filters'
    : `Copy this link: ${location.href}`;
}

/** The themes (rows) and codes (columns) the table shows now, in page order. */
function shownIds(table: HTMLElement): { themes: string[]; codes: string[] } {
  const themes = [...table.querySelectorAll<HTMLElement>('tbody:not([hidden]) tr[data-theme]')].map(
    (row) => row.dataset.theme ?? '',
  );
  const codes = [...table.querySelectorAll<HTMLElement>('thead th[data-code]:not([hidden])')].map(
    (cell) => cell.dataset.code ?? '',
  );
  return { themes, codes };
}

/** Downloads the shown rows and columns as crosswalk.csv rows; returns the status message. */
async function downloadViewCsv(table: HTMLElement, codesUrl: string): Promise<string> {
  const { themes, codes } = shownIds(table);
  if (themes.length === 0 || codes.length === 0) return 'Nothing to download: the filters hide every cell';
  let data: CodesExport;
  try {
    const response = await fetch(codesUrl);
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as CodesExport;
  } catch {
    return 'The clauses could not be loaded for the CSV. Check your connection and try again.';
  }
  const { csv, rows, missing } = crosswalkViewCsv(data, themes, codes, location.origin);
  downloadText('crosswalk-view.csv', csv, 'text/csv');
  const note = missing.length ? ` Not in the data, left out: ${missing.join(', ')}.` : '';
  return `CSV downloaded: ${plural(rows, 'row')} for ${plural(codes.length, 'code')} and ${plural(themes.length, 'theme')}.${note}`;
}

/** Runs the pressed view action of <crosswalk-filters> and shows its message. */
export async function act(root: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const table = document.getElementById(root.dataset.table ?? '');
  const action = button.dataset.action;
  const message =
    action === 'copy-view-link'
      ? await copyViewLink()
      : action === 'download-view-csv' && table
        ? await downloadViewCsv(table, root.dataset.codesUrl ?? '')
        : '';
  const status = root.querySelector('.action-status');
  if (status && message) status.textContent = message;
}
