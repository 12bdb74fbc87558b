// What an editor does to an imported code before committing it, for the tests and the sixth-code stage:
// the importer's placeholders written, and the status set.

/** Why the synthetic summary's one citation needs no qualifiers: the `topics` note it carries (docs/EDITORIAL.md). */
export const SUMMARY_NOTE_REASON = 'names the first clause, stating no duty';

/**
 * An imported code's MDX with the importer's placeholders written (issuer, jurisdiction, source note and a
 * summary citing the first clause) and its status set: what an editor does before committing it.
 */
export function writeFrontMatter(mdx: string, id: string, status: 'draft' | 'reviewed'): string {
  const firstClause = /<Clause id="([^"]+)"/.exec(mdx)?.[1];
  if (!firstClause) throw new Error(`${id}: no clause to cite in the summary`);
  const values: Record<string, string> = {
    issuer: 'A synthetic test body',
    jurisdiction: 'Nowhere (test)',
    sourceNote: 'A synthetic code written for the test suite; not a real code.',
    summary: `A synthetic code for the test suite; its first clause is [${firstClause}](clause:${id}/${firstClause}). {/* topics: ${SUMMARY_NOTE_REASON} */}`,
  };
  return mdx
    .replace(
      /^(issuer|jurisdiction|sourceNote|summary): "EDIT:.*"$/gm,
      (_line, field: string) => `${field}: ${JSON.stringify(values[field])}`,
    )
    .replace(/^status: draft$/m, `status: ${status}`);
}
