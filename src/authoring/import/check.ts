// The importer checks its own output with the site's reader before writing it: the MDX must give back every
// clause with the same id, label and text (so escaping changed no character), and pass the content checks.
import { extractClauses } from '../../lib/content/extract-clauses';
import { splitFrontMatter } from '../../lib/content/load-from-disk';
import { validateContent } from '../../lib/content/validate';
import { codeSchema } from '../../schemas/code';
import type { ImportResult } from './import-code';

/** Problems with an import's MDX, as messages; none when it reads back as parsed. */
export function checkImport(result: ImportResult, id: string, themeIds: string[]): string[] {
  const file = `codes/${id}.mdx`;
  const { data, body } = splitFrontMatter(result.mdx, file);
  const problems: string[] = [];
  const front = codeSchema.safeParse(data);
  if (!front.success)
    problems.push(
      ...front.error.issues.map((issue) => `front matter ${issue.path.join('.')}: ${issue.message}`),
    );
  const extracted = extractClauses(body, file);
  problems.push(...extracted.problems.map((problem) => problem.message));
  problems.push(
    ...validateContent({
      codes: [{ id, file, clauses: extracted.clauses, headingIds: extracted.headingIds }],
      themeIds,
      guidelines: [],
    }).map((problem) => `${problem.clause ?? ''}: ${problem.message}`),
  );
  const parsed = result.parsed.parts.filter((part) => part.kind === 'clause');
  if (parsed.length !== extracted.clauses.length)
    problems.push(`${parsed.length} clauses parsed but ${extracted.clauses.length} read back`);
  parsed.forEach((clause, index) => {
    const back = extracted.clauses[index];
    if (!back) return;
    if (back.id !== clause.id || back.label !== clause.label)
      problems.push(
        `clause ${index + 1} reads back as ${back.id} (${back.label}), not ${clause.id} (${clause.label})`,
      );
    if (back.text !== clause.text)
      problems.push(`clause "${clause.id}" reads back as "${back.text}", not "${clause.text}"`);
  });
  return problems;
}
