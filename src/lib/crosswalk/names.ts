// Short clause names for dense places (matrix cells), where "Relationship with Clients 5." does not fit.
import type { Clause } from '../content/model';

const MAX_SECTION = 20;

/** "Conflicts 3", "Values ¶ 2", "Personal Development ¶ 1", "12" — section shortened, label without its full stop. */
export function shortClauseName({ section, label }: Pick<Clause, 'section' | 'label'>): string {
  const bareLabel = label.replace(/\.$/, '');
  if (!section) return bareLabel;
  const name = section.replace(/^Principle:\s*/i, '');
  const short = name.length <= MAX_SECTION ? name : (name.split(/\s+/)[0] ?? name);
  return `${short} ${bareLabel}`;
}
