// <clause-actions> (ClauseActions.astro): "Copy link", "Cite" (a menu of formats) and "Embed" for one clause.
// Links and citations point at the clause's own page, which previews the clause when pasted in a chat or slide.
import { absoluteUrl, copyText } from '../clipboard';
import { attachDisclosure } from '../disclosure';

class ClauseActions extends HTMLElement {
  connectedCallback() {
    // The actions sit behind one button per clause (ClauseActions.astro), so a code page is not rows of buttons.
    const toggle = this.querySelector<HTMLButtonElement>('.actions-toggle');
    const menu = this.querySelector<HTMLElement>('.actions-menu');
    if (toggle && menu) attachDisclosure(this, toggle, menu);
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.run(button.dataset.action);
    });
  }

  async run(action: string | undefined) {
    // The formats load on first use: a code page carries dozens of clauses and most readers never cite.
    if (action === 'cite') return (await import('../cite-menu')).toggleCiteMenu(this);
    if (action?.startsWith('cite-'))
      return this.say(await (await import('../cite-menu')).citeAs(this, action));
    if (action === 'embed') {
      // Loaded on use too: the snippet carries its listener script, and few readers embed.
      const { embedSnippet } = await import('../../lib/views/embed');
      const snippet = embedSnippet(absoluteUrl(this.dataset.embedHref ?? ''), this.dataset.embedTitle ?? '');
      return this.copy(
        snippet,
        'Embed code copied: paste it into a web page. It follows the visitor’s light or dark setting; change theme=auto to theme=light or theme=dark to fix one.',
      );
    }
    if (action === 'copy-link')
      return this.copy(absoluteUrl(this.dataset.href ?? ''), "Link to the clause's page copied");
  }

  async copy(text: string, done: string) {
    this.say((await copyText(text)) ? done : `Copy this: ${text}`);
  }

  say(message: string) {
    // Its own status: the Add button inside has another.
    const status = this.querySelector(':scope > .status');
    if (status) status.textContent = message;
  }
}
customElements.define('clause-actions', ClauseActions);
