// The search page's code picker: suggests every code (a <datalist> filled from /data/code-index.json) as the
// reader types, adds the one chosen as a checked checkbox of the search form, and says so when the URL names a
// code the site does not hold, which it then leaves out of the search.
import { codeByLabel, matchCodes, type CodeIndexEntry } from '../../lib/exports/code-index';
import { find } from '../dom';
import { loadCodeIndex } from '../load-code-index';
import { addCodeChip, chosenCodeBoxes } from './code-chip';

export async function attachCodePicker(picker: HTMLElement): Promise<void> {
  const box = find<HTMLInputElement>(picker, '[data-role="pick"]');
  const options = find(picker, '[data-role="options"]');
  const status = find(picker, '[data-role="pick-status"]');
  let codes: CodeIndexEntry[];
  try {
    codes = await loadCodeIndex(picker.dataset.index ?? '');
  } catch {
    status.textContent =
      'The list of codes could not load. Search without a code filter, or reload the page.';
    return;
  }
  options.replaceChildren(
    ...codes.map((code) => {
      const option = document.createElement('option');
      option.value = code.shortTitle;
      option.label = `${code.title} (${code.issuer})`;
      return option;
    }),
  );
  dropUnknown(picker, codes, status);

  const choose = (code: CodeIndexEntry) => {
    const checkbox = addCodeChip(picker, code.shortTitle);
    box.value = '';
    status.textContent = `Added ${code.shortTitle}.`;
    if (!checkbox.checked) checkbox.checked = true;
    // The search listens for input on its form's fields: the new checkbox runs it.
    checkbox.dispatchEvent(new Event('input', { bubbles: true }));
  };
  // A suggestion picked from the list fills the box with a code's short title: add it at once.
  box.addEventListener('input', (event) => {
    // Only a picked suggestion: a typed name that happens to be complete ("Code 1" on the way to "Code 12") waits.
    if (event instanceof InputEvent && event.inputType !== 'insertReplacementText') return;
    const code = codeByLabel(codes, box.value);
    if (code) choose(code);
  });
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const exact = codeByLabel(codes, box.value);
    const found = exact ? [exact] : matchCodes(codes, box.value);
    if (found.length === 1) choose(found[0]!);
    else
      status.textContent =
        found.length === 0
          ? `No code matches “${box.value.trim()}”.`
          : `${found.length} codes match “${box.value.trim()}”: choose one from the suggestions.`;
  });
}

/** Removes the URL's codes that the site does not hold, says which, and runs the search without them. */
function dropUnknown(picker: HTMLElement, codes: CodeIndexEntry[], status: HTMLElement): void {
  const unknown = chosenCodeBoxes(picker).filter((input) => !codeByLabel(codes, input.value));
  if (unknown.length === 0) return;
  const names = unknown.map((input) => `“${input.value}”`).join(', ');
  status.textContent = `No code here is called ${names}: the search leaves ${unknown.length === 1 ? 'it' : 'them'} out. Type part of a code's name to choose one.`;
  for (const input of unknown) input.closest('label')?.remove();
  picker.dispatchEvent(new Event('input', { bubbles: true }));
}
