// <code-builder>: keeps the draft (lib/code-builder/draft.ts) in step with the page's checkboxes and text boxes,
// saves it in this browser, shows coverage, and exports it. A link with `#draft=…` (kept in the fragment,
// so it never reaches a server) opens a shared draft. A theme's candidate clauses are not in the page: opening
// the theme fetches /data/themes/<id>.json once and clones the candidate <template> for each; the themes a
// draft adopts clauses on are opened (so loaded) when it is restored, and loaded before an export. Filling in a
// theme (client/builder-candidates.ts) and what the buttons do (client/builder-actions.ts) load on first intent.
// This module itself loads on first use, or at once when there is a draft to restore (client/entries/builder.ts):
// the page is drawn for an empty draft, so on arrival it catches up with what the reader did meanwhile (words
// typed, a theme opened).
import {
  adoptClause,
  decodeDraft,
  draftCoverage,
  dropClause,
  emptyDraft,
  encodeDraft,
  setText,
  themesWithAdoptions,
  unknownSources,
  type Draft,
  type SourceClause,
} from '../../lib/code-builder/draft';
import {
  coverageLine,
  missingSentence,
  missingShownOutright,
  missingSummary,
  NOTHING_MISSING,
  themeState,
} from '../../lib/code-builder/coverage-words';
import type { BuilderState } from '../builder-actions';
import { DRAFT_KEY } from '../builder-draft-key';
import type { CandidateHost } from '../builder-candidates';
import { byRole } from '../dom';
import { loadOnIntent } from '../on-intent';
import { storage } from '../storage';

function loadStored(): Draft | null {
  const value = storage.get(DRAFT_KEY);
  return value ? decodeDraft(value) : null;
}

function store(draft: Draft) {
  storage.set(DRAFT_KEY, draft.entries.length || draft.title ? encodeDraft(draft) : null);
}

class CodeBuilder extends HTMLElement implements BuilderState, CandidateHost {
  draft: Draft = emptyDraft();
  previous: Draft | null = null;
  readonly sources = new Map<string, SourceClause>();
  themes: { id: string; label: string }[] = [];
  /** Themes whose clauses are in the page. */
  readonly loaded = new Set<string>();
  private candidates = loadOnIntent(
    this,
    'details[data-role="candidates"] > summary',
    () => import('../builder-candidates'),
  );
  /** One load per theme, under way or done, so each file is fetched once; a failed one is forgotten (to retry). */
  private loads = new Map<string, Promise<void>>();
  private lastCount = '';
  private lastMissing = -1;

  connectedCallback() {
    this.readPage();
    const stored = loadStored();
    const shared = /^#draft=(.+)$/.exec(location.hash)?.[1];
    const fromLink = shared ? decodeDraft(shared) : null;
    if (fromLink) {
      this.previous = stored;
      this.draft = fromLink;
      store(fromLink);
      history.replaceState(null, '', location.pathname + location.search);
      this.byRole('shared').hidden = !stored || encodeDraft(stored) === encodeDraft(fromLink);
    } else {
      this.draft = stored ?? this.typedBeforeLoad();
      if (shared)
        this.say(
          'The draft link is damaged and could not be opened; showing the draft saved in this browser.',
        );
    }
    this.fillControls();
    // What was typed before this module loaded is saved as if typed after (store() keeps nothing for nothing).
    if (!stored && !fromLink) store(this.draft);
    this.refresh();

    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== 'checkbox') return;
      const source = this.sources.get(input.value);
      const theme = input.dataset.theme ?? '';
      if (!source) return;
      this.draft = input.checked
        ? adoptClause(this.draft, theme, source)
        : dropClause(this.draft, theme, source.ref);
      this.syncAdapt(input);
      if (input.checked) this.adaptBox(input)!.value = source.text;
      this.commit();
    });
    this.addEventListener('input', (event) => {
      const field = event.target as HTMLInputElement | HTMLTextAreaElement;
      if (field.dataset.role === 'title') this.draft = { ...this.draft, title: field.value };
      else if (field instanceof HTMLTextAreaElement)
        this.draft = setText(this.draft, field.dataset.theme ?? '', field.dataset.ref, field.value);
      else return;
      this.commit();
    });
    const actions = loadOnIntent(this, 'button[data-action]', () => import('../builder-actions'));
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      actions().then(
        ({ runBuilderAction }) => runBuilderAction(this, button),
        () => this.say('This button could not load. Check the connection and try again.'),
      );
    });
    // `toggle` does not bubble: listen in the capture phase for every theme's disclosure.
    this.addEventListener(
      'toggle',
      (event) => {
        const box = event.target;
        if (box instanceof HTMLDetailsElement && box.open && box.dataset.role === 'candidates')
          this.loadTheme(box.dataset.theme ?? '').catch(() => {});
      },
      true,
    );
    this.openAdopted();
  }

  byRole<T extends HTMLElement = HTMLElement>(role: string): T {
    return byRole<T>(this, role);
  }

  /** Reads the themes the page was rendered with. */
  private readPage() {
    this.themes = [...this.querySelectorAll<HTMLElement>('section.theme')].map((section) => ({
      id: section.dataset.theme ?? '',
      label: section.dataset.label ?? '',
    }));
  }

  label(themeId: string): string {
    return this.themes.find((theme) => theme.id === themeId)?.label ?? themeId;
  }

  /** The theme's disclosure of candidate clauses; none when no code addresses it (or it is no theme). */
  candidatesBox(themeId: string): HTMLDetailsElement | null {
    return this.querySelector<HTMLDetailsElement>(
      `details[data-role="candidates"][data-theme="${CSS.escape(themeId)}"]`,
    );
  }

  /** Whether the clauses on a theme are known: loaded, or there are none to load. */
  settled(themeId: string): boolean {
    return this.loaded.has(themeId) || !this.candidatesBox(themeId);
  }

  /** With nothing saved, the draft is what the reader typed before this module loaded: the page is its own. */
  private typedBeforeLoad(): Draft {
    let draft = { ...emptyDraft(), title: this.byRole<HTMLInputElement>('title').value };
    for (const area of this.querySelectorAll<HTMLTextAreaElement>('textarea[data-own]'))
      if (area.value) draft = setText(draft, area.dataset.theme ?? '', undefined, area.value);
    return draft;
  }

  /**
   * Opens, and so loads, the themes the draft adopts clauses on, so that their checkboxes show it, and loads
   * the themes the reader opened before this module loaded (their `toggle` came before its listener).
   */
  openAdopted() {
    for (const id of themesWithAdoptions(
      this.draft,
      this.themes.map((theme) => theme.id),
    )) {
      const box = this.candidatesBox(id);
      if (!box) continue;
      box.open = true;
    }
    for (const box of this.querySelectorAll<HTMLDetailsElement>('details[data-role="candidates"][open]'))
      this.loadTheme(box.dataset.theme ?? '').catch(() => {});
  }

  loadTheme(themeId: string): Promise<void> {
    let load = this.loads.get(themeId);
    if (!load) {
      load = this.candidates().then(({ fetchTheme }) => fetchTheme(this, themeId));
      this.loads.set(themeId, load);
      load.catch(() => this.loads.delete(themeId));
    }
    return load;
  }

  private checkboxes(root: ParentNode = this): HTMLInputElement[] {
    return [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  private adaptBox(input: HTMLInputElement): HTMLTextAreaElement | null {
    return input.closest('li')?.querySelector<HTMLTextAreaElement>('[data-role="adapt"] textarea') ?? null;
  }

  private syncAdapt(input: HTMLInputElement) {
    const box = input.closest('li')?.querySelector<HTMLElement>('[data-role="adapt"]');
    if (box) box.hidden = !input.checked;
  }

  /** Puts the draft into the controls (on load, after undo or reset). */
  fillControls() {
    this.byRole<HTMLInputElement>('title').value = this.draft.title;
    this.fillCandidates(this);
    for (const area of this.querySelectorAll<HTMLTextAreaElement>('textarea[data-own]')) {
      area.value =
        this.draft.entries.find((entry) => entry.themeId === area.dataset.theme && !entry.source)?.text ?? '';
    }
  }

  /** Checks and fills the candidates under root that the draft adopts, and clears the others. */
  fillCandidates(root: ParentNode) {
    for (const input of this.checkboxes(root)) {
      const entry = this.draft.entries.find(
        (candidate) => candidate.themeId === input.dataset.theme && candidate.source === input.value,
      );
      input.checked = Boolean(entry);
      this.syncAdapt(input);
      const box = this.adaptBox(input);
      if (box) box.value = entry?.text ?? '';
    }
  }

  commit() {
    store(this.draft);
    this.refresh();
  }

  /** Redraws coverage: the meter, the missing list, each theme's state, stale clauses. */
  refresh() {
    const { covered, missing } = draftCoverage(
      this.draft,
      this.themes.map((theme) => theme.id),
      this.sources,
    );
    const total = this.themes.length;
    const count = coverageLine(covered.length, total);
    // Only a change of count is announced, not every keystroke.
    if (count !== this.lastCount) this.byRole('count').textContent = this.lastCount = count;
    this.byRole<HTMLMeterElement>('meter').value = covered.length;

    const missingLine = this.byRole('missing');
    const box = this.byRole<HTMLDetailsElement>('missing-box');
    this.byRole('missing-summary').textContent = missingSummary(missing.length, total);
    if (
      missingShownOutright(missing.length) &&
      (this.lastMissing < 0 || !missingShownOutright(this.lastMissing))
    )
      box.open = true;
    this.lastMissing = missing.length;
    if (!missing.length) missingLine.textContent = NOTHING_MISSING;
    else {
      const labels = new Map(this.themes.map((theme) => [theme.id, theme.label]));
      const { lead, before, end } = missingSentence(missing.length);
      missingLine.replaceChildren(lead);
      missing.forEach((id, index) => {
        const link = document.createElement('a');
        link.href = `${this.dataset.themesUrl}${id}/`;
        link.textContent = labels.get(id) ?? id;
        missingLine.append(before[index]!, link);
      });
      missingLine.append(end);
    }
    const coveredSet = new Set(covered);
    for (const section of this.querySelectorAll<HTMLElement>('section.theme')) {
      const state = section.querySelector<HTMLElement>('[data-role="state"]');
      const on = coveredSet.has(section.dataset.theme ?? '');
      if (state) {
        state.textContent = themeState(on);
        state.classList.toggle('covered', on);
      }
    }
    const unknown = unknownSources(this.draft, this.sources, (id) => this.settled(id));
    this.byRole('unknown').hidden = unknown.length === 0;
    this.byRole('unknown-list').replaceChildren(
      ...unknown.map((ref) => {
        const li = document.createElement('li');
        li.textContent = `${ref}: ${this.draft.entries.find((entry) => entry.source === ref)?.text ?? ''}`;
        return li;
      }),
    );
  }

  say(message: string) {
    this.byRole('status').textContent = message;
  }
}

customElements.define('code-builder', CodeBuilder);
