// The words that limit a duty: modals and hedges, conditions and exceptions, degree, time and process. A
// paraphrase that drops one changes what the clause asks ("seek outside counsel" is not "outside counsel";
// "disclose only with consent, except where the law allows" is not "disclose only with consent"). The rule set
// is written from English usage, once, for every clause: each rule names a family of words, finds it in a
// clause, and accepts any member of the same family in our sentence (a paraphrase may say "when unsure" for
// "if uncertain", but not drop the condition).

/** One family of qualifying words. */
export interface QualifierRule {
  /** What kind of limit the family sets, for messages. */
  kind: 'modal or hedge' | 'condition or exception' | 'degree' | 'time' | 'process';
  /** Finds a member of the family (case-insensitive, whole words). */
  pattern: RegExp;
}

const rule = (kind: QualifierRule['kind'], source: string): QualifierRule => ({
  kind,
  pattern: new RegExp(`\\b(?:${source})\\b`, 'i'),
});

/** The rule set. A word may belong to two families (both then apply); order is for messages only. */
const QUALIFIER_RULES: QualifierRule[] = [
  // Modals and hedges: how firm the duty is, and how much is promised.
  rule('modal or hedge', 'may|might'),
  // A firm duty may be reported with a firm verb ("requires", "rules out"); a softer one ("should") also with
  // "asks" or "expects". A firm duty reported as "asks" is softened, so "asks" does not carry "must" or "shall".
  rule('modal or hedge', 'should|ought to|asks?|expects?|encourages?'),
  rule(
    'modal or hedge',
    'must|shall|required to|requires?|have to|has to|commits?|rules? out|bars?|obliges?',
  ),
  rule(
    'modal or hedge',
    'seeks? to|seeking to|strive[sd]?|striving|endeavou?r(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|aims? to',
  ),
  rule('modal or hedge', 'efforts?'),
  rule('modal or hedge', 'appears?|appeared|seems?|seemed'),
  rule('modal or hedge', 'perceived?|potential(?:ly)?|possibl[ey]|likely|probabl[ey]'),
  rule('modal or hedge', 'suspect(?:s|ed)?|believes?|believed|known'),
  rule('modal or hedge', 'generally|usually|typically|often|normally|ordinarily|in most cases|in general'),
  // Conditions and exceptions: when the duty applies at all.
  rule('condition or exception', 'if|whenever|when|where|provided that|in cases? where|in the event'),
  rule('condition or exception', 'except|excepting|exception|unless|other than|save for|excluding'),
  rule('condition or exception', 'only|solely|exclusively'),
  rule('condition or exception', 'even if|even though|regardless|irrespective|notwithstanding'),
  rule(
    'condition or exception',
    'as needed|if needed|when needed|as necessary|if necessary|when necessary|necessary',
  ),
  rule('condition or exception', 'applicable|if applicable|where applicable'),
  rule('condition or exception', 'appropriate|appropriately|inappropriate|as appropriate'),
  rule('condition or exception', 'uncertain|unsure|in doubt|not sure'),
  // Degree: how much, how far.
  rule('degree', 'reasonabl[ey]|unreasonabl[ey]'),
  rule('degree', 'substantial(?:ly)?|significant(?:ly)?|considerabl[ey]|material(?:ly)?'),
  rule('degree', 'undue|unduly|unwarranted|excessive(?:ly)?'),
  rule('degree', 'especially|particularly|in particular'),
  rule('degree', 'minimum|at least|no less than|maximum|at most|no more than'),
  rule('degree', 'highest|high'),
  rule('degree', 'fully'),
  rule('degree', 'specific|specifically'),
  rule('degree', 'limited'),
  rule('degree', 'informed'),
  // Time: when, how soon, for how long.
  rule('time', 'immediate(?:ly)?|promptly|at once|without delay'),
  rule('time', 'prior to|before|beforehand|in advance'),
  rule('time', 'after|afterwards|following'),
  rule('time', 'until|till'),
  rule('time', 'during|while|throughout'),
  rule('time', 'ongoing|continu(?:ing|ed|al|ous|ously)'),
  rule('time', 'always|at all times|ever'),
  rule('time', 'former(?:ly)?|previous(?:ly)?|pre-existing|past'),
  rule('time', 'current(?:ly)?|existing'),
  rule('time', 'years?|months?|weeks?|days?'),
  // Process: with whom, how, on whose authority.
  rule('process', 'in consultation with'),
  rule('process', 'consult(?:s|ed|ing)?|consultation'),
  rule('process', 'in collaboration with|collaborat(?:e|es|ed|ing|ion)'),
  rule('process', 'under supervision|supervised|supervision'),
  rule('process', 'consent(?:s|ed|ing)?'),
  rule('process', 'written|in writing'),
  rule('process', 'document(?:s|ed|ing|ation)?'),
  rule('process', 'notif(?:y|ies|ied|ying|ication)'),
  rule('process', 'knowledge'),
  rule(
    'process',
    'in accordance with|in adherence (?:with|to)|(?:as )?(?:required|mandated|allowed|permitted) by|mandates?|as deemed|deems?',
  ),
];

/**
 * Adverbs of manner and degree ("clearly", "openly", "fairly", "accurately", "readily") limit a duty as much as
 * the families above; English marks most of them with -ly. These -ly words are not such adverbs.
 */
const NOT_ADVERBS = new Set(
  'only family apply supply reply rely ally early daily likely july holy ugly fly assembly anomaly monopoly bully rally italy reply comply multiply imply belly jelly friendly lonely lovely costly elderly orderly'.split(
    ' ',
  ),
);
const LY_ADVERB = /\b[a-z]{3,}ly\b/gi;

/** One qualifier found in a clause. */
export interface FoundQualifier {
  kind: QualifierRule['kind'] | 'manner';
  /** The words as the clause has them. */
  words: string;
  /** Whether a sentence carries this qualifier (any member of its family). */
  test: (sentence: string) => boolean;
}

/** Every qualifier in a text (a clause, or the cited part of one), each family once. */
export function findQualifiers(text: string): FoundQualifier[] {
  const found: FoundQualifier[] = [];
  for (const { kind, pattern } of QUALIFIER_RULES) {
    const match = pattern.exec(text);
    if (match) found.push({ kind, words: match[0], test: (sentence) => pattern.test(sentence) });
  }
  const covered = (word: string) => found.some((qualifier) => qualifier.test(word));
  const adverbs = new Set((text.match(LY_ADVERB) ?? []).map((word) => word.toLowerCase()));
  for (const adverb of adverbs) {
    if (NOT_ADVERBS.has(adverb) || covered(adverb)) continue;
    // The adverb or its adjective ("clearly" / "clear", "fairly" / "fair", "honestly" / "honest").
    const root = adverb.replace(/ily$/, 'y').replace(/ly$/, '');
    const pattern = new RegExp(`\\b${root}(?:ly|e|ely)?\\b|\\b${adverb}\\b`, 'i');
    found.push({ kind: 'manner', words: adverb, test: (sentence) => pattern.test(sentence) });
  }
  return found;
}
