// Remark plugin: turns `clause:code-id:clause-id` links in .md and .mdx content into the clause's permalink.
// Whether the clause exists is checked once for all content in assembleSiteData (own-words/checks.ts); here a
// malformed target still stops the build, naming the file.
import type { Link, Root } from 'mdast';
import { paths, withBase } from '../lib/paths';
import { CLAUSE_REF_FORM, readClauseRef } from '../lib/clause-ref';
import { CLAUSE_SCHEME } from '../lib/own-words/refs';

function visitLinks(node: { type: string; children?: unknown[] }, visit: (link: Link) => void): void {
  if (node.type === 'link') visit(node as Link);
  for (const child of node.children ?? []) visitLinks(child as { type: string; children?: unknown[] }, visit);
}

export function remarkClauseLinks({ base }: { base: string }) {
  return (tree: Root, file: { path?: string }) => {
    visitLinks(tree, (link) => {
      if (!link.url.startsWith(CLAUSE_SCHEME)) return;
      const target = link.url.slice(CLAUSE_SCHEME.length);
      const read = readClauseRef(target);
      if ('error' in read)
        throw new Error(
          `${file.path ?? '(content)'}: reference "${link.url}" must be "clause:${CLAUSE_REF_FORM}": ${read.error}`,
        );
      link.url = withBase(paths.clause(read.ref.codeId, read.ref.clauseId), base);
    });
  };
}
