// What the handout's buttons do (<selection-handout>, client/elements/selection-handout.ts): move, remove,
// clear, export, copy, and the choices a shared link offers. Loaded on the first intent to press one
// (client/on-intent.ts), so the page's up-front script is the part that draws the handout.
import type { CodesExport } from '../schemas/export';
import { resolveSelection, type HandoutGroup } from '../lib/selection/handout';
import { formatClauseRef, type ClauseRef } from '../lib/clause-ref';
import { swapRefs } from '../lib/selection/refs';
import { plural } from '../lib/text';
import { copyText } from './clipboard';
import { loadSelection } from './selection-store';

/** The handout's state and the element's own steps that its actions use. */
export interface HandoutState extends HTMLElement {
  data: CodesExport | undefined;
  refs: ClauseRef[];
  malformed: string[];
  shared: boolean;
  groups: HandoutGroup[];
  /** The title the handout prints under: the reader's, or the default. */
  readonly printedTitle: string;
  /** The citation and export formats (lib/selection/handout-export.ts), fetched once. */
  exportFormats(): Promise<typeof import('../lib/selection/handout-export')>;
  /** Saves (unless viewing a shared link), rewrites the link, redraws and announces. */
  update(message?: string): void;
  say(message: string): void;
  byRole<T extends HTMLElement = HTMLElement>(role: string): T;
}

export async function runHandoutAction(handout: HandoutState, button: HTMLButtonElement): Promise<void> {
  const key = button.dataset.key ?? '';
  const origin = location.origin;
  const title = handout.printedTitle;
  switch (button.dataset.action) {
    case 'up':
    case 'down':
      return move(handout, key, button.dataset.action);
    case 'remove':
      return removeItem(handout, key);
    case 'print':
      return window.print();
    case 'markdown': {
      const [{ handoutMarkdown }, { downloadText, fileSlug }] = await Promise.all([
        handout.exportFormats(),
        import('./download'),
      ]);
      downloadText(
        `${fileSlug(title, 'selection')}.md`,
        handoutMarkdown(title, handout.groups, origin),
        'text/markdown',
      );
      return handout.say('Markdown file downloaded');
    }
    case 'csv': {
      const [{ handoutCsv }, { downloadText, fileSlug }] = await Promise.all([
        handout.exportFormats(),
        import('./download'),
      ]);
      downloadText(`${fileSlug(title, 'selection')}.csv`, handoutCsv(handout.groups, origin), 'text/csv');
      return handout.say('CSV file downloaded');
    }
    case 'copy-citations': {
      const [{ allCitations }, { copyRich }] = await Promise.all([
        handout.exportFormats(),
        import('./rich-clipboard'),
      ]);
      const { text, html } = allCitations(handout.groups, origin);
      const copied = (await copyRich(html, text)) || (await copyText(text));
      return handout.say(
        copied ? 'APA citations copied' : 'Your browser refused to copy; download the Markdown instead',
      );
    }
    case 'copy-link':
      return handout.say(
        (await copyText(location.href)) ? 'Link copied' : `Copy this link: ${location.href}`,
      );
    case 'clear':
      if (!window.confirm(`Remove all ${plural(handout.refs.length, 'clause')} from the selection?`)) return;
      handout.refs = [];
      handout.malformed = [];
      handout.update('Selection cleared');
      // The pressed button is gone with the handout: focus the empty state's heading, which says what next.
      return handout.byRole('empty-heading').focus();
    case 'drop-unknown': {
      if (!handout.data) return;
      const known = new Set(resolveSelection(handout.refs, handout.data).items.map((item) => item.key));
      handout.refs = handout.refs.filter((ref) => known.has(formatClauseRef(ref)));
      handout.malformed = [];
      return handout.update('Removed the clauses that were not found');
    }
    case 'adopt':
      handout.shared = false;
      return handout.update('This is now your selection');
    case 'merge': {
      const seen = new Set(handout.refs.map(formatClauseRef));
      handout.refs = [...loadSelection().filter((ref) => !seen.has(formatClauseRef(ref))), ...handout.refs];
      handout.shared = false;
      return handout.update(`Added to your selection: ${plural(handout.refs.length, 'clause')} in all`);
    }
    case 'show-own':
      handout.refs = loadSelection();
      handout.malformed = [];
      handout.shared = false;
      return handout.update('Showing your own selection');
  }
}

/** Moves a clause past its neighbour in the same group, keeping focus on the pressed control. */
function move(handout: HandoutState, key: string, direction: 'up' | 'down') {
  const group = handout.groups.find((candidate) => candidate.items.some((item) => item.key === key));
  if (!group) return;
  const index = group.items.findIndex((item) => item.key === key);
  const neighbour = group.items[direction === 'up' ? index - 1 : index + 1];
  if (!neighbour) return;
  handout.refs = swapRefs(handout.refs, key, neighbour.key);
  const item = group.items[index]!;
  const position = direction === 'up' ? index : index + 2;
  handout.update(`Moved ${item.name} ${direction}: ${position} of ${group.items.length} in ${group.label}`);
  const same = handout.querySelector<HTMLButtonElement>(
    `button[data-key="${key}"][data-action="${direction}"]`,
  );
  const other = handout.querySelector<HTMLButtonElement>(
    `button[data-key="${key}"][data-action="${direction === 'up' ? 'down' : 'up'}"]`,
  );
  (same && !same.disabled ? same : other)?.focus();
}

function removeItem(handout: HandoutState, key: string) {
  const keys = handout.groups.flatMap((group) => group.items.map((item) => item.key));
  const next = keys[keys.indexOf(key) + 1] ?? keys[keys.indexOf(key) - 1];
  const name = handout.groups.flatMap((group) => group.items).find((item) => item.key === key)?.name ?? key;
  handout.refs = handout.refs.filter((ref) => formatClauseRef(ref) !== key);
  handout.update(`Removed ${name}: ${plural(handout.refs.length, 'clause')} left`);
  const focus = next
    ? handout.querySelector<HTMLButtonElement>(`button[data-key="${next}"][data-action="remove"]`)
    : null;
  (focus ?? handout.byRole('status')).focus();
}
