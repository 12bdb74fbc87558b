// Our prose in .astro pages (About, home, footer, guidelines page), read as the qualifier check reads Markdown:
// each <Cite to="code-id:clause-id">label</Cite> becomes a `clause:` link, JSX comments stay (omission notes),
// other expressions and tags go, and block elements end a sentence.
import type { ContentProblem } from '../content/types';
import { checkQualifiers, type ClauseTexts } from './qualifier-check';

/** The pages and components whose prose is ours and may cite clauses, from the project root. */
export const PAGES_WITH_PROSE = [
  'src/pages/about.astro',
  'src/pages/index.astro',
  'src/components/SiteFooter.astro',
  'src/pages/codes/iaps/guidelines.astro',
];

/** Removes `{…}` expressions (nested braces included), keeping `{/* … *\/}` comments. */
function withoutExpressions(template: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== '{' || template.startsWith('{/*', i)) {
      if (template.startsWith('{/*', i)) {
        const end = template.indexOf('*/}', i);
        const stop = end < 0 ? template.length : end + 3;
        out += template.slice(i, stop);
        i = stop - 1;
      } else out += template[i];
      continue;
    }
    let depth = 0;
    for (; i < template.length; i++) {
      if (template[i] === '{') depth++;
      else if (template[i] === '}' && --depth === 0) break;
    }
  }
  return out;
}

export function astroProse(source: string): string {
  // Comments as prettier writes them ("{\n  /* … */\n}") in one form, so they survive the expression removal.
  const template = source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(
      /\{\s*\/\*([\s\S]*?)\*\/\s*\}/g,
      (_whole, comment: string) => `{/*${comment.replace(/\s+/g, ' ')}*/}`,
    );
  return withoutExpressions(
    template
      .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/g, '')
      .replace(
        /<Cite\s+to="([^"]*)"\s*>([\s\S]*?)<\/Cite\s*>/g,
        (_whole, to: string, label: string) => `[${label.replace(/\s+/g, ' ').trim()}](clause:${to})`,
      ),
  )
    .replace(/<\/?(?:p|li|ul|ol|h[1-6]|div|section|footer|header|br)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

export function checkPageProse(
  pages: { file: string; source: string }[],
  clauses: ClauseTexts,
): ContentProblem[] {
  return checkQualifiers(
    pages.map(({ file, source }) => ({ file, part: 'page text', text: astroProse(source) })),
    clauses,
  );
}
