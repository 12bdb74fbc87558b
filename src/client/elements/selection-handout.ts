// <selection-handout>: lays out the selected clauses as a printable handout. The selection comes from the
// link (`?c=`, shareable) or, without one, from this browser's storage; every change is written back to
// both (a shared link that differs from the reader's own selection is shown without overwriting it). What the
// buttons do (client/handout-actions.ts) loads on the first intent to press one.
import type { CodesExport } from '../../schemas/export';
import {
  groupItems,
  resolveSelection,
  type Grouping,
  type HandoutGroup,
  type HandoutItem,
} from '../../lib/selection/handout';
import type { ClauseRef } from '../../lib/clause-ref';
import { parseSelection, serializeSelection } from '../../lib/selection/refs';
import { madeOn } from '../../lib/selection/provenance';
import { initialPrefs, serializeHandoutPrefs } from '../../lib/selection/handout-prefs';
import { plural } from '../../lib/text';
import { absoluteUrl } from '../clipboard';
import { byRole, cloneTemplate, find } from '../dom';
import type { HandoutState } from '../handout-actions';
import { loadOnIntent } from '../on-intent';
import { loadSelection, onSelectionChange, saveSelection } from '../selection-store';
import { storage } from '../storage';

/** Where the handout's title and grouping are kept beside the selection (lib/selection/handout-prefs.ts). */
const PREFS_KEY = 'pec-handout';

const DEFAULT_TITLE = 'Selected clauses';
let qrEncoder: Promise<typeof import('../../lib/selection/qr')> | undefined;
let exportFormats: Promise<typeof import('../../lib/selection/handout-export')> | undefined;
/** The citation and export formats, fetched once, when the first clause is drawn. */
function loadExportFormats() {
  exportFormats ??= import('../../lib/selection/handout-export');
  return exportFormats;
}
/** The QR encoder, fetched once, on first use. */
function loadQrEncoder() {
  qrEncoder ??= import('../../lib/selection/qr');
  return qrEncoder;
}

class SelectionHandout extends HTMLElement implements HandoutState {
  data: CodesExport | undefined;
  refs: ClauseRef[] = [];
  malformed: string[] = [];
  /** True while showing a shared link that differs from the reader's saved selection. */
  shared = false;
  private grouping: Grouping = 'theme';
  private handoutTitle = '';
  groups: HandoutGroup[] = [];
  readonly exportFormats = loadExportFormats;

  get printedTitle(): string {
    return this.handoutTitle.trim() || DEFAULT_TITLE;
  }

  async connectedCallback() {
    const params = new URLSearchParams(location.search);
    const own = loadSelection();
    if (params.has('c')) {
      const parsed = parseSelection(params.get('c'));
      this.refs = parsed.refs;
      this.malformed = parsed.malformed;
      const same = serializeSelection(parsed.refs) === serializeSelection(own);
      this.shared = own.length > 0 && !same;
      if (!this.shared && !same) saveSelection(this.refs);
    } else {
      this.refs = own;
    }
    const prefs = initialPrefs(location.search, storage.get(PREFS_KEY), !this.shared);
    this.grouping = prefs.grouping;
    this.handoutTitle = prefs.title;
    if (!this.shared) this.savePrefs();

    this.byRole<HTMLInputElement>('title').value = this.handoutTitle;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="group-by"]'))
      radio.checked = radio.value === this.grouping;
    const actions = loadOnIntent(this, 'button[data-action]', () => import('../handout-actions'));
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      actions().then(
        ({ runHandoutAction }) => runHandoutAction(this, button),
        () => this.say('This button could not load. Check your connection and try again.'),
      );
    });
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name === 'group-by') {
        this.grouping = input.value === 'code' ? 'code' : 'theme';
        this.update(`Grouped by ${this.grouping}`);
      }
    });
    this.byRole<HTMLInputElement>('title').addEventListener('input', (event) => {
      this.handoutTitle = (event.target as HTMLInputElement).value;
      this.update();
    });
    onSelectionChange(() => {
      if (this.shared) return;
      const next = loadSelection();
      if (serializeSelection(next) === serializeSelection(this.refs)) return;
      this.refs = next;
      this.update('Your selection changed in another tab');
    });

    try {
      const response = await fetch(this.dataset.codesUrl ?? '');
      if (!response.ok) throw new Error(String(response.status));
      this.data = (await response.json()) as CodesExport;
    } catch {
      this.byRole('loading').textContent =
        'The clauses could not be loaded. Check your connection and reload the page.';
      return;
    }
    this.byRole('loading').hidden = true;
    if (this.refs.length && !params.has('c')) this.writeLink();
    this.render();
  }

  byRole<T extends HTMLElement = HTMLElement>(role: string): T {
    return byRole<T>(this, role);
  }

  /** Applies a change: saves it (unless viewing a shared link), rewrites the link, redraws, announces. */
  update(message?: string) {
    if (!this.shared) {
      saveSelection(this.refs);
      this.savePrefs();
    }
    this.writeLink();
    this.render();
    if (message) this.say(message);
  }

  private savePrefs() {
    storage.set(PREFS_KEY, serializeHandoutPrefs({ title: this.handoutTitle, grouping: this.grouping }));
  }

  /** Keeps the address bar a link to exactly this handout. */
  private writeLink() {
    const params = new URLSearchParams();
    if (this.refs.length) params.set('c', serializeSelection(this.refs));
    if (this.grouping === 'code') params.set('by', 'code');
    if (this.handoutTitle.trim()) params.set('t', this.handoutTitle.trim());
    // Commas and colons are safe in a query; keep the link readable.
    const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  say(message: string) {
    this.byRole('status').textContent = message;
  }

  private render() {
    if (!this.data) return;
    const { items, unknown } = resolveSelection(this.refs, this.data);
    this.groups = groupItems(items, this.grouping, this.data.themes);

    this.byRole('shared').hidden = !this.shared;
    this.byRole('shared-count').textContent = plural(this.refs.length, 'clause');
    this.byRole('own-count').textContent = plural(loadSelection().length, 'clause');

    const problems = [...unknown, ...this.malformed];
    this.byRole('unknown').hidden = problems.length === 0;
    this.byRole('unknown-list').replaceChildren(
      ...problems.map((key) => {
        const li = document.createElement('li');
        li.append(document.createElement('code'));
        li.firstElementChild!.textContent = key;
        return li;
      }),
    );

    const empty = items.length === 0;
    this.byRole('empty').hidden = !empty;
    this.byRole('toolbar').hidden = empty;
    this.byRole('handout').hidden = empty;
    this.byRole('title-out').textContent = this.printedTitle;
    this.byRole('self-url').textContent = location.href;
    this.byRole('made-on').textContent = madeOn(new Date());
    this.byRole('groups').replaceChildren(...this.groups.map((group) => this.renderGroup(group)));
  }

  private renderGroup(group: HandoutGroup): HTMLElement {
    const section = cloneTemplate(this, 'group');
    const heading = find(section, '.group-title');
    heading.id = `group-${group.id}`;
    section.setAttribute('aria-labelledby', heading.id);
    const link = find<HTMLAnchorElement>(heading, 'a');
    link.href =
      this.grouping === 'theme'
        ? `${this.dataset.themesUrl}${group.id}/`
        : (this.data?.codes.find((c) => c.id === group.id)?.url ?? '');
    link.textContent = group.label;
    find(section, '.items').replaceChildren(
      ...group.items.map((item, index) => this.renderItem(item, index, group)),
    );
    return section;
  }

  private renderItem(item: HandoutItem, index: number, group: HandoutGroup): HTMLElement {
    const li = cloneTemplate(this, 'item');
    li.dataset.key = item.key;
    find(li, '.item-code').textContent = item.codeTitle;
    find(li, '.item-title').append(item.name);
    find(li, '.item-text').replaceChildren(
      ...item.text.split(/\n{2,}/).map((paragraph) => {
        const p = cloneTemplate(this, 'paragraph');
        p.textContent = paragraph;
        return p;
      }),
    );
    const url = absoluteUrl(item.pageUrl);
    void loadExportFormats().then(({ itemCitation }) => {
      // apaCitation escapes every part it puts in its HTML.
      find(li, '.citation').innerHTML = itemCitation(item, location.origin).html;
    });
    const last = { up: index === 0, down: index === group.items.length - 1, remove: false };
    for (const button of li.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      button.dataset.key = item.key;
      button.disabled = last[button.dataset.action as keyof typeof last] ?? false;
      const which = document.createElement('span');
      which.className = 'visually-hidden';
      which.textContent = `: ${item.codeTitle}, ${item.name}`;
      button.append(which);
    }
    this.drawQr(find<SVGSVGElement>(li, '.qr'), url, `QR code of the link to ${item.name}`);
    return li;
  }

  /**
   * Draws the QR code of the permalink into the item's SVG (colours are attributes in the template, as the CSP
   * forbids style attributes). The encoder (most of this page's script) loads after the text is on screen.
   */
  private drawQr(svg: SVGSVGElement, url: string, label: string) {
    svg.setAttribute('aria-label', label);
    void loadQrEncoder().then(({ qrPath }) => {
      const { size, d } = qrPath(url);
      svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
      find(svg, 'rect').setAttribute('width', String(size));
      find(svg, 'rect').setAttribute('height', String(size));
      find(svg, 'path').setAttribute('d', d);
      svg.dataset.ready = 'true';
    });
  }
}

customElements.define('selection-handout', SelectionHandout);
