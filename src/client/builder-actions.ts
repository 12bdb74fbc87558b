// What the code builder's buttons do (<code-builder>, client/elements/code-builder.ts): retry a theme, download
// the draft as Markdown, copy a link to it, clear it, undo opening a shared one. Loaded on the first intent to
// press one (client/on-intent.ts).
import {
  emptyDraft,
  encodeDraft,
  themesWithAdoptions,
  DEFAULT_DRAFT_TITLE,
  type Draft,
  type SourceClause,
} from '../lib/code-builder/draft';
import { copyText } from './clipboard';

/** The builder's state and the element's own steps that its actions use. */
export interface BuilderState extends HTMLElement {
  draft: Draft;
  /** The reader's own draft, kept while a shared one is open. */
  readonly previous: Draft | null;
  readonly sources: Map<string, SourceClause>;
  readonly themes: { id: string; label: string }[];
  label(themeId: string): string;
  /** Whether the clauses on a theme are known: loaded, or there are none to load. */
  settled(themeId: string): boolean;
  loadTheme(themeId: string): Promise<void>;
  /** Saves the draft and redraws coverage. */
  commit(): void;
  fillControls(): void;
  openAdopted(): void;
  say(message: string): void;
  byRole<T extends HTMLElement = HTMLElement>(role: string): T;
}

export async function runBuilderAction(builder: BuilderState, button: HTMLButtonElement): Promise<void> {
  const action = button.dataset.action;
  switch (action) {
    case 'retry':
      builder.loadTheme(button.dataset.theme ?? '').catch(() => {});
      return;
    case 'markdown': {
      // The export quotes the adopted clauses: their themes' files must be loaded first.
      const needed = themesWithAdoptions(
        builder.draft,
        builder.themes.map((theme) => theme.id),
      ).filter((id) => !builder.settled(id));
      if (needed.length) {
        builder.say('Loading the adopted clauses…');
        const results = await Promise.allSettled(needed.map((id) => builder.loadTheme(id)));
        const failed = needed.filter((_, index) => results[index]!.status === 'rejected');
        if (failed.length)
          return builder.say(
            `Could not load the clauses on ${failed.map((id) => builder.label(id)).join(', ')}, which the download quotes. Check the connection and try again.`,
          );
      }
      const title = builder.draft.title.trim() || DEFAULT_DRAFT_TITLE;
      // The export's code (and the citation helpers) loads on first use, as the selection page's does.
      const [{ draftMarkdown }, { downloadText, fileSlug }] = await Promise.all([
        import('../lib/code-builder/markdown'),
        import('./download'),
      ]);
      downloadText(
        `${fileSlug(title, 'code-of-ethics')}.md`,
        draftMarkdown(builder.draft, builder.themes, builder.sources, location.origin),
        'text/markdown',
      );
      return builder.say('Markdown file downloaded');
    }
    case 'share': {
      const url = `${location.origin}${location.pathname}#draft=${encodeDraft(builder.draft)}`;
      return builder.say((await copyText(url)) ? 'Link to this draft copied' : `Copy this link: ${url}`);
    }
    case 'reset':
      if (!window.confirm('Clear the whole draft? This cannot be undone.')) return;
      builder.draft = emptyDraft();
      break;
    case 'undo-shared':
      builder.draft = builder.previous ?? emptyDraft();
      builder.byRole('shared').hidden = true;
      break;
    default:
      return;
  }
  builder.commit();
  builder.fillControls();
  builder.openAdopted();
  builder.say(action === 'reset' ? 'Draft cleared' : 'Your previous draft is back');
}
