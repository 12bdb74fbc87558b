// Clause ids and labels that follow the source's own addressing, as the hand-made codes do: `conduct-5` for item
// 5 under "Conduct", `principle-2-a` for sub-clause a. of Principle II, `recovery-first` for the one statement of
// "Principle: Recovery First", `values-3` (label "¶ 3") for the third unnumbered statement under "Values".
import GithubSlugger from 'github-slugger';
import { NAMED_HEADING, NUMBERED_HEADING, romanValue } from './markers';

/** Lower-case words joined by hyphens, from any text ("Conflicts of Interest" → "conflicts-of-interest"). */
function slugWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'our',
  'my',
  'to',
  'for',
  'in',
  'on',
  'with',
  'as',
]);

/** How a section's clauses are addressed. */
export interface SectionAddress {
  /** Id prefix of its clauses: `conduct`, `principle-2`, `recovery-first`. */
  prefix: string;
  /**
   * True when the prefix names one principle ("Principle: Recovery First", "Principle II"): its lone statement takes
   * the prefix bare (`recovery-first`, `principle-2`), and that statement's sub-clauses follow (`principle-2-a`).
   */
  named: boolean;
}

/**
 * The id prefix for a section heading. Numbered principles, values and standards are addressed by their number
 * (`principle-2`); other headings by their first significant word (`conflicts` for "Conflicts of Interest"), or by
 * more of their words when that word is taken.
 */
export function sectionAddress(heading: string, taken: Set<string>): SectionAddress {
  const numbered = NUMBERED_HEADING.exec(heading);
  if (numbered) {
    const [, kind = '', numeral = '', name = ''] = numbered;
    const byNumber = `${kind.toLowerCase()}-${romanValue(numeral)}`;
    const byName = /^(Section|Article|Part)$/.test(kind) && name ? nameAddress(name, taken) : null;
    return { prefix: unique(byName ?? byNumber, taken), named: !byName };
  }
  const named = NAMED_HEADING.exec(heading);
  if (named) return { prefix: unique(slugWords(named[2] ?? '') || 'principle', taken), named: true };
  return { prefix: nameAddress(heading, taken), named: false };
}

function nameAddress(name: string, taken: Set<string>): string {
  const words = slugWords(name)
    .split('-')
    .filter((word) => word && !STOP_WORDS.has(word));
  if (words.length === 0) return unique('section', taken);
  for (let count = 1; count <= Math.min(words.length, 4); count += 1) {
    const candidate = words.slice(0, count).join('-');
    if (!taken.has(candidate)) return candidate;
  }
  return unique(words.slice(0, 4).join('-'), taken);
}

/** `id`, or `id-2`, `id-3`… when taken. */
export function unique(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  let suffix = 2;
  while (taken.has(`${id}-${suffix}`)) suffix += 1;
  return `${id}-${suffix}`;
}

/** The anchor ids Astro gives a file's headings, in order (clause ids must not collide with them). */
export function headingAnchors(headings: string[]): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(headings.map((heading) => slugger.slug(heading)));
}
