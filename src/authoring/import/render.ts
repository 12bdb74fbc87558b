// Writes a parsed code as the MDX file a person would have written by hand: front matter, preamble, `##`
// headings, one <Clause> per clause, lead-ins as paragraphs ending in a colon, the attestation as text.
import type { Audience } from '../../schemas/code';
import { PLACEHOLDER } from '../../lib/content/validate';
import type { ClausePart, ParsedCode } from './parse';

export { PLACEHOLDER };

/** Proposed tags for one clause. */
export interface ProposedTags {
  themes: string[];
  touches: string[];
}

export interface FrontMatterInput {
  title: string;
  /** Where the text came from (file name), for the source note. */
  sourceFile: string;
  audience: Audience;
  order: number;
  itemName?: string;
  /** Date of the import, YYYY-MM-DD. */
  importedOn: string;
}

/** Backslash-escapes what MDX would read as markup, so the page shows the source's characters and no others. */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>&~|#!]/g, (character) => `\\${character}`)
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^([-+=])(\s|$)/, '\\$1$2');
}

const yamlString = (value: string) => JSON.stringify(value);

/** Words a short title does not end on. */
const TRAILING_SMALL_WORDS = /\s+(a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|[\u2013\u2014:|/-])$/i;

/**
 * A default short title (at most 24 characters) from the title: the whole title when it fits, else its first
 * words up to 24 characters, not ending on a small word ("Westmarch Department of Recovery…" → "Westmarch
 * Department"). The report asks the editor to check it; it is never a placeholder, so a draft can build.
 */
export function shortTitleOf(title: string): string {
  if (title.length <= 24) return title;
  let short = '';
  for (const word of title.split(/\s+/)) {
    if (`${short} ${word}`.trim().length > 24) break;
    short = `${short} ${word}`.trim();
  }
  while (TRAILING_SMALL_WORDS.test(short)) short = short.replace(TRAILING_SMALL_WORDS, '');
  return short || title.slice(0, 24).trim();
}

export function renderFrontMatter(input: FrontMatterInput): string {
  const shortTitle = shortTitleOf(input.title);
  const lines = [
    '---',
    `title: ${yamlString(input.title)}`,
    `shortTitle: ${yamlString(shortTitle)}`,
    `issuer: ${yamlString(`${PLACEHOLDER} the body that issued or adopted the code`)}`,
    `jurisdiction: ${yamlString(`${PLACEHOLDER} where the code applies (a state, International, Agency)`)}`,
    `audience: [${input.audience}]`,
    `sourceNote: ${yamlString(`${PLACEHOLDER} where this copy of the text comes from. Imported from ${input.sourceFile} on ${input.importedOn}.`)}`,
    `summary: ${yamlString(`${PLACEHOLDER} one paragraph in our own words on what the code is and how it is built.`)}`,
    ...(input.itemName ? [`itemName: ${yamlString(input.itemName)}`] : []),
    `order: ${input.order}`,
    '# Tagging was proposed by the importer. Review every clause, then set status: reviewed.',
    'status: draft',
    '---',
  ];
  return lines.join('\n');
}

/** The MDX body; `tags` proposes each clause's themes and touches. */
export function renderBody(
  parsed: ParsedCode,
  tags: (clause: ClausePart) => ProposedTags,
  keepTitle: boolean,
): string {
  const blocks: string[] = [];
  if (keepTitle && parsed.title) blocks.push(escapeMdx(parsed.title));
  for (const part of parsed.parts) {
    if (part.kind === 'heading') blocks.push(`## ${escapeMdx(part.text)}`);
    else if (part.kind === 'paragraph') blocks.push(escapeMdx(part.text));
    else if (part.kind === 'attestation')
      blocks.push(`<Attestation>\n${part.lines.map(escapeMdx).join('\n\n')}\n</Attestation>`);
    else {
      const { themes, touches } = tags(part);
      const attributes = [`id="${part.id}"`, `label="${part.label}"`, `themes="${themes.join(' ')}"`];
      if (touches.length > 0) attributes.push(`touches="${touches.join(' ')}"`);
      blocks.push(`<Clause ${attributes.join(' ')}>\n${escapeMdx(part.text)}\n</Clause>`);
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
