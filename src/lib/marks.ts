// The three marks every surface showing a clause or a code's facts must carry, each made here and nowhere else:
// the training module's credit on its text, "(our identification)" on facts we supply, and a draft code's status.
// Pages use the components over these (ModuleCredit, OurMark, DraftNotice/DraftMark); exports, citations, search
// records and preview cards use the functions.
import type { Audience, CodeData } from '../schemas/code';
import { DRAFT_NOTICE, isReviewed } from './crosswalk/review';

/** The training module's title, as its own first heading gives it (content/guidelines/introduction.mdx). */
const MODULE_TITLE = 'Practice Guidelines for Peer Support Specialists';

/** The credit every piece of the module's text carries: whose words they are, and that they are not IAPS's. */
export const MODULE_CREDIT = `From the training module “${MODULE_TITLE}”: the module’s words, not IAPS’s.`;

/** What marks a fact we supplied rather than read in the source. */
export const OUR_IDENTIFICATION = '(our identification)';

/** Facts a page may show about a code that can be ours rather than the source's. */
export const codeFacts = ['issuer', 'jurisdiction', 'adopted', 'audience'] as const;
export type CodeFact = (typeof codeFacts)[number];

/**
 * The facts of a code that are ours: those listed in `identifiedByUs`, and always the audience, which is our
 * classification of whom the code is for (a source's own offer to an audience is `offeredTo`).
 */
export function ourFacts(data: Pick<CodeData, 'identifiedByUs'>): CodeFact[] {
  return [...data.identifiedByUs, 'audience'];
}

/** The facts a code's front matter supplies, or an export's `identified_by_us` list: either says which are ours. */
type FactSource = Pick<CodeData, 'identifiedByUs'> | readonly CodeFact[];

const factsOf = (source: FactSource): readonly CodeFact[] =>
  Array.isArray(source) ? source : ourFacts(source as Pick<CodeData, 'identifiedByUs'>);

/** True when the fact is ours and must carry OUR_IDENTIFICATION wherever it is shown. */
export function isOurs(source: FactSource, fact: CodeFact): boolean {
  return factsOf(source).includes(fact);
}

/** A fact as plain text, marked when it is ours: "Virginia, United States (our identification)". */
export function factText(source: FactSource, fact: CodeFact, value: string): string {
  return isOurs(source, fact) ? `${value} ${OUR_IDENTIFICATION}` : value;
}

/** The audiences a filter should offer a code under: our classification, and every audience its source names. */
export function filterAudiences(data: Pick<CodeData, 'audience' | 'offeredTo'>): Audience[] {
  return [...new Set([...data.audience, ...data.offeredTo.map((offer) => offer.audience)])];
}

/** Export and search value of a code's review state: `draft` or `reviewed`. */
export function codeStatus(code: { data: Pick<CodeData, 'status'> }): 'draft' | 'reviewed' {
  return isReviewed(code) ? 'reviewed' : 'draft';
}

/** A draft code's mark in running text ("draft: tagging proposed, not yet reviewed"); null for a reviewed code. */
export function draftMark(code: { data: Pick<CodeData, 'status'> }): string | null {
  return isReviewed(code) ? null : `draft: ${DRAFT_NOTICE}`;
}
