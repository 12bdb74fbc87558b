// <code-builder>: keeps the draft (lib/builder/draft.ts) in step with the page's checkboxes and text boxes,
// saves it in this browser, shows coverage, and exports it. A link with `#draft=…` (kept in the fragment,
// so it never reaches a server) opens a shared draft.
import {
  adoptClause,
  decodeDraft,
  draftCoverage,
  draftMarkdown,
  dropClause,
  emptyDraft,
  encodeDraft,
  setText,
  unknownSources,
  DEFAULT_DRAFT_TITLE,
  type Draft,
  type SourceClause,
} from '../lib/builder/draft';
import { copyText } from './clipboard';
import { byRole } from './dom';
import { downloadText, fileSlug } from './download';
import { storage } from './storage';

const KEY = 'pec-draft';

function loadStored(): Draft | null {
  const value = storage.get(KEY);
  return value ? decodeDraft(value) : null;
}

function store(draft: Draft) {
  storage.set(KEY, draft.entries.length || draft.title ? encodeDraft(draft) : null);
}

class CodeBuilder extends HTMLElement {
  private draft: Draft = emptyDraft();
  private previous: Draft | null = null;
  private sources = new Map<string, SourceClause>();
  private themes: { id: string; label: string }[] = [];
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
      this.draft = stored ?? emptyDraft();
      if (shared)
        this.say(
          'The draft link is damaged and could not be opened; showing the draft saved in this browser.',
        );
    }
    this.fillControls();
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
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.act(button.dataset.action);
    });
  }

  private byRole<T extends HTMLElement = HTMLElement>(role: string): T {
    return byRole<T>(this, role);
  }

  /** Reads the themes and source clauses the page was rendered with. */
  private readPage() {
    const codes = new Map(
      [...this.querySelectorAll<HTMLElement>('[data-role="codes"] li')].map((li) => [
        li.dataset.code ?? '',
        li.dataset,
      ]),
    );
    this.themes = [...this.querySelectorAll<HTMLElement>('section.theme')].map((section) => ({
      id: section.dataset.theme ?? '',
      label: section.dataset.label ?? '',
    }));
    for (const input of this.checkboxes()) {
      if (this.sources.has(input.value)) continue;
      const code = codes.get(input.dataset.code ?? '');
      const quote = input.closest('li')?.querySelector('[data-role="source-text"]');
      this.sources.set(input.value, {
        ref: input.value,
        codeId: input.dataset.code ?? '',
        codeTitle: code?.title ?? '',
        issuer: code?.issuer ?? '',
        name: input.dataset.name ?? '',
        clause: input.dataset.clause ?? '',
        url: input.dataset.url ?? '',
        codeUrl: code?.url ?? '',
        themes: (input.dataset.themes ?? '').split(' ').filter(Boolean),
        text: [...(quote?.querySelectorAll('p') ?? [])].map((p) => p.textContent?.trim() ?? '').join('\n\n'),
      });
    }
  }

  private checkboxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  private adaptBox(input: HTMLInputElement): HTMLTextAreaElement | null {
    return input.closest('li')?.querySelector<HTMLTextAreaElement>('[data-role="adapt"] textarea') ?? null;
  }

  private syncAdapt(input: HTMLInputElement) {
    const box = input.closest('li')?.querySelector<HTMLElement>('[data-role="adapt"]');
    if (box) box.hidden = !input.checked;
  }

  /** Puts the draft into the controls (on load, after undo or reset). */
  private fillControls() {
    this.byRole<HTMLInputElement>('title').value = this.draft.title;
    for (const input of this.checkboxes()) {
      const entry = this.draft.entries.find(
        (candidate) => candidate.themeId === input.dataset.theme && candidate.source === input.value,
      );
      input.checked = Boolean(entry);
      this.syncAdapt(input);
      const box = this.adaptBox(input);
      if (box) box.value = entry?.text ?? '';
    }
    for (const area of this.querySelectorAll<HTMLTextAreaElement>('textarea[data-own]')) {
      area.value =
        this.draft.entries.find((entry) => entry.themeId === area.dataset.theme && !entry.source)?.text ?? '';
    }
  }

  private commit() {
    store(this.draft);
    this.refresh();
  }

  /** Redraws coverage: the meter, the missing list, each theme's state, stale clauses. */
  private refresh() {
    const { covered, missing } = draftCoverage(
      this.draft,
      this.themes.map((theme) => theme.id),
      this.sources,
    );
    const total = this.themes.length;
    const count = `Covers ${covered.length} of ${total} themes`;
    // Only a change of count is announced, not every keystroke.
    if (count !== this.lastCount) this.byRole('count').textContent = this.lastCount = count;
    this.byRole<HTMLMeterElement>('meter').value = covered.length;

    const missingLine = this.byRole('missing');
    const box = this.byRole<HTMLDetailsElement>('missing-box');
    this.byRole('missing-summary').textContent = missing.length
      ? `Missing ${missing.length} of ${total}`
      : 'Nothing missing';
    // A short list is worth showing outright; a long one would bury the page.
    if (missing.length <= 8 && (this.lastMissing > 8 || this.lastMissing < 0)) box.open = true;
    this.lastMissing = missing.length;
    if (!missing.length) missingLine.textContent = 'Every theme is covered.';
    else {
      const labels = new Map(this.themes.map((theme) => [theme.id, theme.label]));
      const links = missing.map((id) => {
        const link = document.createElement('a');
        link.href = `${this.dataset.themesUrl}${id}/`;
        link.textContent = labels.get(id) ?? id;
        return link;
      });
      missingLine.replaceChildren('Missing: ');
      links.forEach((link, index) =>
        missingLine.append(...(index ? [index === links.length - 1 ? ' and ' : ', '] : []), link),
      );
      missingLine.append('.');
    }
    const coveredSet = new Set(covered);
    for (const section of this.querySelectorAll<HTMLElement>('section.theme')) {
      const state = section.querySelector<HTMLElement>('[data-role="state"]');
      const on = coveredSet.has(section.dataset.theme ?? '');
      if (state) {
        state.textContent = on ? 'covered' : 'not covered';
        state.classList.toggle('covered', on);
      }
    }
    const unknown = unknownSources(this.draft, this.sources);
    this.byRole('unknown').hidden = unknown.length === 0;
    this.byRole('unknown-list').replaceChildren(
      ...unknown.map((ref) => {
        const li = document.createElement('li');
        li.textContent = `${ref}: ${this.draft.entries.find((entry) => entry.source === ref)?.text ?? ''}`;
        return li;
      }),
    );
  }

  private say(message: string) {
    this.byRole('status').textContent = message;
  }

  private async act(action: string | undefined) {
    switch (action) {
      case 'markdown': {
        const title = this.draft.title.trim() || DEFAULT_DRAFT_TITLE;
        downloadText(
          `${fileSlug(title, 'code-of-ethics')}.md`,
          draftMarkdown(this.draft, this.themes, this.sources, location.origin),
          'text/markdown',
        );
        return this.say('Markdown file downloaded');
      }
      case 'share': {
        const url = `${location.origin}${location.pathname}#draft=${encodeDraft(this.draft)}`;
        return this.say((await copyText(url)) ? 'Link to this draft copied' : `Copy this link: ${url}`);
      }
      case 'reset':
        if (!window.confirm('Clear the whole draft? This cannot be undone.')) return;
        this.draft = emptyDraft();
        break;
      case 'undo-shared':
        this.draft = this.previous ?? emptyDraft();
        this.byRole('shared').hidden = true;
        break;
      default:
        return;
    }
    store(this.draft);
    this.fillControls();
    this.refresh();
    this.say(action === 'reset' ? 'Draft cleared' : 'Your previous draft is back');
  }
}

customElements.define('code-builder', CodeBuilder);
