// The nodes of a search's results: a topic result for each theme the query names (first), the clauses,
// then matching scenarios; and, when nothing matches, the closest themes. Two shapes: on /search/ a list of
// links, each clause with its theme links and an add-to-selection button; in the header drop-down a listbox
// (client/search/combobox.ts) whose options hold no controls of their own. Text only, never parsed markup.
import { highlight } from '../../lib/search/highlight';
import type { KnowledgeScenario, KnowledgeTheme } from '../../lib/search/knowledge';
import type { ClauseResultData } from '../../lib/search/pagefind-api';
import { formatClauseRef, parseClauseRef } from '../../lib/clause-ref';
import { clauseOfPath, withoutBase } from '../../lib/paths';
import { toggleRef } from '../../lib/selection/refs';
import { loadSelection, onSelectionChange, saveSelection } from '../selection-store';
import { element } from '../dom';

export type ViewMode = 'page' | 'listbox';

export interface ResultsView {
  query: string;
  /** Words to mark in the clause text: the reader's and the codes' words the query layer found for them. */
  marks: string;
  clauses: ClauseResultData[];
  topics: KnowledgeTheme[];
  scenarios: KnowledgeScenario[];
  codeCount: number;
  /** Theme label → theme, to link a clause's themes. */
  themesByLabel: Map<string, KnowledgeTheme>;
}

function topicText(topic: KnowledgeTheme, codeCount: number): string {
  return topic.codes === 0 ? 'no code addresses it yet' : `addressed by ${topic.codes} of ${codeCount} codes`;
}

/** "/codes/alaska-psp/#conflicts-3" (with the base) → the clause reference. */
function refOf(url: string) {
  return clauseOfPath(withoutBase(url)) ?? null;
}

function markedText(text: string, marks: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-result-text');
  for (const segment of highlight(text, marks)) {
    paragraph.append(
      segment.mark ? element('mark', undefined, segment.text) : document.createTextNode(segment.text),
    );
  }
  return paragraph;
}

/** The /search/ page's results. */
export function pageResults(view: ResultsView): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (view.topics.length > 0) {
    const topics = element('ul', 'search-topics');
    topics.setAttribute('aria-label', 'Topics');
    for (const topic of view.topics) {
      const item = element('li', 'search-topic');
      const link = element('a', 'search-topic-link');
      link.href = topic.href;
      link.append(element('span', 'search-kind', 'Topic'), ' ', element('strong', undefined, topic.label));
      item.append(
        link,
        element(
          'span',
          'search-topic-count',
          `: every clause on it from every code, ${topicText(topic, view.codeCount)}`,
        ),
      );
      topics.append(item);
    }
    fragment.append(topics);
  }
  // A matched scenario sits beside the topic, above the clauses: on a phone, within the first screen.
  if (view.scenarios.length > 0) {
    const section = element('section', 'search-scenarios');
    section.setAttribute('aria-label', 'Scenarios');
    section.append(element('p', 'search-section-label', 'Scenarios on this'));
    const list = element('ul', 'search-scenario-list');
    for (const scenario of view.scenarios) {
      const item = element('li', 'search-scenario');
      const link = element('a', undefined, scenario.title);
      link.href = scenario.href;
      item.append(
        element('span', 'search-kind', 'Scenario'),
        ' ',
        link,
        element('p', 'search-scenario-summary', scenario.summary),
      );
      list.append(item);
    }
    section.append(list);
    fragment.append(section);
  }
  if (view.clauses.length > 0) {
    const list = element('ol', 'search-result-list');
    for (const result of view.clauses) {
      const item = element('li', 'search-result');
      const link = element('a', 'search-result-title', result.meta.title);
      link.href = result.url;
      item.append(link, markedText(result.meta.text, view.marks));
      const labels = result.meta.themes ? result.meta.themes.split('; ') : [];
      if (labels.length > 0) {
        const themes = element('p', 'search-result-themes', 'Themes: ');
        labels.forEach((label, index) => {
          const theme = view.themesByLabel.get(label);
          if (index > 0) themes.append(', ');
          if (theme) {
            const themeLink = element('a', undefined, label);
            themeLink.href = theme.href;
            themes.append(themeLink);
          } else themes.append(label);
        });
        item.append(themes);
      }
      const ref = refOf(result.url);
      if (ref) item.append(addButton(formatClauseRef(ref), result.meta.title));
      list.append(item);
    }
    fragment.append(list);
  }
  return fragment;
}

/** One add-to-selection toggle (its state follows the selection, also from other tabs). */
function addButton(key: string, title: string): HTMLButtonElement {
  const button = element('button', 'button search-add');
  button.type = 'button';
  button.dataset.ref = key;
  button.append(element('span', 'add-label'), element('span', 'visually-hidden', `: ${title}`));
  button.addEventListener('click', () => {
    const ref = parseClauseRef(key);
    if (ref) saveSelection(toggleRef(loadSelection(), ref));
  });
  renderAddButton(button, new Set(loadSelection().map(formatClauseRef)));
  return button;
}

function renderAddButton(button: HTMLButtonElement, chosen: Set<string>): void {
  const on = chosen.has(button.dataset.ref ?? '');
  const label = button.querySelector('.add-label');
  if (label) label.textContent = on ? 'Remove from selection' : 'Add to selection';
  button.classList.toggle('chosen', on);
}

// One listener for every button on the page, whichever results they belong to.
onSelectionChange(() => {
  const chosen = new Set(loadSelection().map(formatClauseRef));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.search-add'))
    renderAddButton(button, chosen);
});

/** The header drop-down's options: topic, clauses, scenarios, each an option with a data-href to open. */
export function listboxResults(view: ResultsView, idPrefix: string): HTMLUListElement {
  const list = element('ul', 'search-listbox');
  list.setAttribute('role', 'listbox');
  list.id = `${idPrefix}-listbox`;
  list.setAttribute('aria-label', `Results for ${view.query}`);
  const option = (href: string, className: string) => {
    const node = element('li', `search-option ${className}`);
    node.setAttribute('role', 'option');
    node.setAttribute('aria-selected', 'false');
    node.id = `${idPrefix}-option-${list.children.length}`;
    node.dataset.href = href;
    list.append(node);
    return node;
  };
  for (const topic of view.topics) {
    const node = option(topic.href, 'search-topic');
    node.append(
      element('span', 'search-kind', 'Topic'),
      ' ',
      element('strong', 'search-result-title', topic.label),
      element('span', 'search-topic-count', `, ${topicText(topic, view.codeCount)}`),
    );
  }
  for (const scenario of view.scenarios) {
    const node = option(scenario.href, 'search-scenario');
    node.append(
      element('span', 'search-kind', 'Scenario'),
      ' ',
      element('span', 'search-result-title', scenario.title),
    );
  }
  for (const result of view.clauses) {
    const node = option(result.url, 'search-result');
    node.append(
      element('span', 'search-result-title', result.meta.title),
      markedText(result.meta.text, view.marks),
    );
    if (result.meta.themes)
      node.append(
        element('p', 'search-result-themes', `Themes: ${result.meta.themes.split('; ').join(', ')}`),
      );
  }
  return list;
}

/** What to do when no clause passes: the closest themes and scenarios, and every theme. */
export function noResults(
  closest: KnowledgeTheme[],
  scenarios: KnowledgeScenario[],
  filtered: boolean,
  themesHref: string,
): HTMLElement {
  const box = element('div', 'search-empty');
  const offer = (label: string, links: { href: string; text: string }[]) => {
    if (links.length === 0) return;
    box.append(element('p', undefined, label));
    const list = element('ul', 'search-closest');
    for (const { href, text } of links) {
      const item = element('li');
      const link = element('a', undefined, text);
      link.href = href;
      item.append(link);
      list.append(item);
    }
    box.append(list);
  };
  offer(
    'Closest topics:',
    closest.map((theme) => ({ href: theme.href, text: theme.label })),
  );
  offer(
    'Closest scenarios:',
    scenarios.map((scenario) => ({ href: scenario.href, text: scenario.title })),
  );
  const advice = element(
    'p',
    undefined,
    `Try a shorter or more general word${filtered ? ', or remove a filter' : ''}, or browse `,
  );
  const link = element('a', undefined, 'the themes');
  link.href = themesHref;
  advice.append(link, ': every clause on one topic, from every code.');
  box.append(advice);
  return box;
}

/**
 * "Showing results for “accept a gift”. Search instead for “accpet a gift”": says what a typo was read as,
 * with a link back to exactly what was typed.
 */
export function correctionNote(corrected: string, typed: string, typedHref: string): HTMLParagraphElement {
  const note = element('p', 'search-correction', `Showing results for “${corrected}”. `);
  const back = element('a', 'search-as-typed', `Search instead for “${typed}”`);
  back.href = typedHref;
  note.append(back);
  return note;
}
