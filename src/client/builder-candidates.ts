// A theme's candidate clauses in the code builder (<code-builder>, client/elements/code-builder.ts): fetches the
// theme's /data/themes/<id>.json and clones the candidate <template> for each clause. Loaded on the first intent
// to open a theme (client/on-intent.ts), or at once when a restored draft adopts clauses on one.
import { themeSources } from '../lib/code-builder/theme-sources';
import type { SourceClause } from '../lib/code-builder/draft';
import type { ThemeFile } from '../schemas/export';
import { byRole, cloneTemplate, element } from './dom';

/** The builder's state and steps that filling in a theme uses. */
export interface CandidateHost extends HTMLElement {
  readonly sources: Map<string, SourceClause>;
  /** Themes whose clauses are in the page. */
  readonly loaded: Set<string>;
  label(themeId: string): string;
  candidatesBox(themeId: string): HTMLDetailsElement | null;
  /** Checks and fills the candidates under root that the draft adopts. */
  fillCandidates(root: ParentNode): void;
  refresh(): void;
}

export async function fetchTheme(host: CandidateHost, themeId: string): Promise<void> {
  const box = host.candidatesBox(themeId);
  if (!box) return;
  const label = host.label(themeId);
  const status = byRole(box, 'loading');
  const error = byRole(box, 'load-error');
  error.hidden = true;
  status.textContent = `Loading the clauses on ${label}…`;
  try {
    const response = await fetch((host.dataset.themeUrl ?? '').replace('{id}', themeId));
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const file = (await response.json()) as ThemeFile;
    if (file?.id !== themeId || !Array.isArray(file.clauses)) throw new Error("not the theme's data file");
    renderCandidates(host, box, file);
    status.textContent = '';
  } catch (problem) {
    status.textContent = '';
    const reason = problem instanceof Error ? problem.message : String(problem);
    // Shown before it is filled, so that the alert is in the accessibility tree when its text arrives.
    error.hidden = false;
    byRole(error, 'load-error-text').textContent =
      `Could not load the clauses on ${label} (${reason}). Check the connection and try again.`;
    throw problem;
  }
}

/** A candidate per clause of the theme's file, each with names that say which clause and theme it is. */
function renderCandidates(host: CandidateHost, box: HTMLDetailsElement, file: ThemeFile) {
  const themeId = file.id;
  const sources = themeSources(file);
  const items = sources.map((source, index) => {
    host.sources.set(source.ref, source);
    const { codeId, clauseId, paragraphs } = file.clauses[index]!;
    const key = `${themeId}--${codeId}--${clauseId}`;
    const item = cloneTemplate<HTMLLIElement>(host, 'candidate');
    const pick = byRole<HTMLInputElement>(item, 'pick');
    pick.id = `pick-${key}`;
    pick.value = source.ref;
    pick.dataset.theme = themeId;
    byRole<HTMLLabelElement>(item, 'pick-label').htmlFor = pick.id;
    byRole(item, 'name').textContent = source.name;
    byRole(item, 'pick-theme').textContent = ` (${file.label})`;
    byRole(item, 'source-text').replaceChildren(
      ...paragraphs.map((paragraph) => element('p', undefined, paragraph)),
    );
    const adapt = byRole<HTMLTextAreaElement>(item, 'adapt-text');
    adapt.id = `adapt-${key}`;
    adapt.dataset.theme = themeId;
    adapt.dataset.ref = source.ref;
    byRole<HTMLLabelElement>(item, 'adapt-label').htmlFor = adapt.id;
    return item;
  });
  byRole(box, 'list').replaceChildren(...items);
  byRole(box, 'candidate-list').hidden = false;
  host.loaded.add(themeId);
  host.fillCandidates(box);
  host.refresh();
}
