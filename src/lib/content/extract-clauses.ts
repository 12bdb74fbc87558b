// Reads clause metadata out of a code's MDX body, so that it is written once, beside the clause text, and
// every other view (crosswalk, exports, search filters) is derived from it.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { ClauseSource, ContentProblem, ExtractedCode } from './types';

/** The MDX component that marks one clause. */
const CLAUSE_TAG = 'Clause';
const KNOWN_ATTRIBUTES = new Set(['id', 'label', 'themes', 'touches', 'aliases']);

export function extractClauses(body: string, file: string): ExtractedCode {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const slugger = new GithubSlugger();
  const clauses: ClauseSource[] = [];
  const headingIds: string[] = [];
  const problems: ContentProblem[] = [];
  let section: { text: string; id: string } | null = null;
  // A paragraph ending in a colon ("Peer support team members:") opens the sentence of every clause after it,
  // until the next heading or the next paragraph of running text.
  let leadIn: string | null = null;

  walk(tree, (node) => {
    if (node.type === 'heading') {
      const text = headingText(node);
      const id = slugger.slug(text);
      headingIds.push(id);
      if (node.depth === 2) section = { text, id };
      leadIn = null;
      return false;
    }
    if (node.type === 'paragraph') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      leadIn = text.endsWith(':') ? text : null;
      return false;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === CLAUSE_TAG) {
      clauses.push(readClause(node, section, leadIn, file, problems));
      return false;
    }
    return true;
  });

  return { clauses, headingIds, problems };
}

/** Depth-first walk in document order; the visitor returns false to skip a node's children. */
function walk(node: Root | RootContent, visit: (node: RootContent) => boolean): void {
  if (!('children' in node)) return;
  for (const child of node.children as RootContent[]) {
    if (visit(child)) walk(child, visit);
  }
}

function headingText(node: Heading): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

function readClause(
  node: MdxJsxFlowElement,
  section: { text: string; id: string } | null,
  leadIn: string | null,
  file: string,
  problems: ContentProblem[],
): ClauseSource {
  const line = node.position?.start.line ?? 0;
  const attributes = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({ file, message: `line ${line}: <${CLAUSE_TAG}> takes no spread attributes` });
      continue;
    }
    if (!KNOWN_ATTRIBUTES.has(attribute.name)) {
      problems.push({ file, message: `line ${line}: <${CLAUSE_TAG}> has an unknown attribute "${attribute.name}"` });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      // Expressions would hide the metadata from this reader; keep every attribute a plain string.
      problems.push({ file, message: `line ${line}: <${CLAUSE_TAG}> attribute "${attribute.name}" must be a plain "string"` });
      continue;
    }
    attributes.set(attribute.name, attribute.value.trim());
  }
  return {
    id: attributes.get('id') ?? '',
    label: attributes.get('label') ?? '',
    section: section?.text ?? null,
    sectionId: section?.id ?? null,
    leadIn,
    themes: words(attributes.get('themes')),
    touches: words(attributes.get('touches')),
    aliases: words(attributes.get('aliases')),
    text: node.children.map((child) => toString(child).replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n'),
    line,
  };
}

function words(value: string | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}
