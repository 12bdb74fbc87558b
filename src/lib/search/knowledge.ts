// What the browser needs to understand a question, beyond the index: the themes (labels, synonyms, how many
// codes address each), the lexicon, the scenarios and a vocabulary for typos. Built once per build into
// /data/search-topics.json (src/pages/data/search-topics.json.ts) and fetched with pagefind on first search.
import type { SiteData } from '../content/model';
import { paths, withBase } from '../paths';
import type { Lexicon } from '../../schemas/lexicon';
import type { BankQuestion } from './questions';
import { nearRealWords } from './real-words';
import { isNumber, stemKey, tokenize } from './words';

export interface KnowledgeTheme {
  id: string;
  label: string;
  /** The theme page. */
  href: string;
  /** How many codes have a clause addressing the theme. */
  codes: number;
  /** Phrases that name the theme: the label, its parts ("Gifts", "money", "loans") and the synonyms. */
  phrases: string[];
  /** One sentence on what the theme covers (its words support the theme's sense of an ambiguous word). */
  definition: string;
}

export interface KnowledgeScenario {
  id: string;
  title: string;
  href: string;
  summary: string;
  /** Theme ids, most central first. */
  themes: string[];
}

export interface SearchKnowledge {
  /** Clauses in the index, for weighting rare terms above common ones. */
  clauses: number;
  /** Codes on the site ("addressed by 3 of 5 codes"). */
  codeCount: number;
  filler: string[];
  lexicon: Lexicon['entries'];
  themes: KnowledgeTheme[];
  scenarios: KnowledgeScenario[];
  /** Words of the clauses, themes and lexicon (four letters or more), to correct a typo against. */
  vocabulary: string[];
  /** Every theme's and scenario's reader questions, matched whole (lib/search/questions.ts). */
  questions: BankQuestion[];
  /**
   * Compounds the site's texts write with a hyphen, typed closed → as written ("selfcare" → "self-care"): a
   * reader who types "nonjudgmental" means the codes' "non-judgmental" (spelling.ts `splitCompound`).
   */
  compounds: [string, string][];
  /**
   * Stems of the words in more than a third of the clauses ("peer", "support"): beside other words they narrow
   * nothing, and each is the costliest lookup the index has (about a second at 500 codes).
   */
  common: string[];
}

/** A word in more clauses than this share of them is common (see SearchKnowledge.common). */
const COMMON_WORD_SHARE = 1 / 3;

/** Stems of the words in more than `share` of the texts, each text counted once per stem. */
export function commonStems(texts: string[], share: number = COMMON_WORD_SHARE): string[] {
  const documents = new Map<string, number>();
  for (const text of texts)
    for (const stem of new Set(tokenize(text).map(stemKey)))
      documents.set(stem, (documents.get(stem) ?? 0) + 1);
  return [...documents]
    .filter(([, count]) => count > texts.length * share)
    .map(([stem]) => stem)
    .sort();
}

/** Most words kept for typo correction; the commonest first, so a large site keeps the file small. */
const VOCABULARY_LIMIT = 4000;

/** The parts of a label that name the theme on their own: "Gifts, money and loans" → Gifts, money, loans. */
export function labelParts(label: string): string[] {
  return label
    .split(/,\s*|\s+and\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Checks the lexicon against the themes and itself; throws naming the file, the entry and what is wrong. */
export function checkLexicon(
  lexicon: Lexicon,
  themeIds: Set<string>,
  file = 'content/search/lexicon.yaml',
): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const claim = (phrase: string, where: string) => {
    const key = tokenize(phrase).map(stemKey).join(' ');
    if (!key) problems.push(`${where}: "${phrase}" has no words`);
    const first = seen.get(key);
    // Forms of one word in one entry ("date", "dating") are fine; the same word in two entries is ambiguous.
    if (first && first !== where) problems.push(`${where}: "${phrase}" is already in ${first}`);
    else seen.set(key, where);
  };
  lexicon.filler.forEach((phrase) => claim(phrase, 'filler'));
  lexicon.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.words[0]})`;
    entry.words.forEach((word) => claim(word, where));
    for (const theme of entry.themes)
      if (!themeIds.has(theme)) problems.push(`${where}: unknown theme id "${theme}"`);
  });
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
}

/**
 * The English words the typo fixer must leave alone (lib/search/real-words.ts), from a dictionary (the build
 * reads the `word-list` package). A file of its own (/data/search-real-words.json), fetched only when a query
 * has a word to correct: it is larger than everything else search needs to understand a query.
 */
export function buildRealWords(
  knowledge: Pick<SearchKnowledge, 'vocabulary'>,
  dictionary: Iterable<string>,
): string[] {
  return nearRealWords(knowledge.vocabulary, dictionary);
}

export function buildSearchKnowledge(site: SiteData, lexicon: Lexicon, base: string): SearchKnowledge {
  checkLexicon(lexicon, new Set(site.themes.map((theme) => theme.id)));
  const clauses = site.codes.flatMap((code) => code.clauses);
  const common = commonStems(clauses.map((clause) => clause.text));
  const commonSet = new Set(common);
  // A word in a third of the clauses ("support", "peer") never names a theme on its own.
  const naming = (phrase: string) => {
    const words = tokenize(phrase);
    return !(words.length === 1 && commonSet.has(stemKey(words[0]!)));
  };
  const themes = site.themes.map((theme) => ({
    id: theme.id,
    label: theme.data.label,
    href: withBase(paths.theme(theme.id), base),
    codes: site.codes.filter((code) => code.clauses.some((clause) => clause.themes.includes(theme.id)))
      .length,
    phrases: [...new Set([theme.data.label, ...labelParts(theme.data.label), ...theme.data.synonyms])].filter(
      naming,
    ),
    definition: theme.data.definition,
  }));
  const questions: BankQuestion[] = [
    ...site.themes.flatMap((theme) =>
      (theme.data.readerQuestions ?? []).map((text) => ({ text, kind: 'theme' as const, id: theme.id })),
    ),
    ...site.scenarios.flatMap((scenario) =>
      (scenario.data.readerQuestions ?? []).map((text) => ({
        text,
        kind: 'scenario' as const,
        id: scenario.id,
      })),
    ),
  ];
  const counts = new Map<string, number>();
  const texts = [
    ...clauses.map((clause) => clause.text),
    ...themes.flatMap((theme) => theme.phrases),
    ...lexicon.entries.flatMap((entry) => [...entry.words, ...entry.means]),
    ...questions.map((question) => question.text),
  ];
  for (const text of texts)
    for (const word of tokenize(text))
      if (word.length >= 4 && !/\d/.test(word) && !isNumber(word))
        counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, VOCABULARY_LIMIT)
    .map(([word]) => word)
    .sort();
  const compounds = hyphenatedCompounds(texts, new Set(vocabulary));
  return {
    clauses: clauses.length,
    codeCount: site.codes.length,
    filler: lexicon.filler,
    lexicon: lexicon.entries,
    themes,
    scenarios: site.scenarios.map((scenario) => ({
      id: scenario.id,
      title: scenario.data.title,
      href: withBase(paths.scenario(scenario.id), base),
      summary: scenario.data.summary,
      themes: scenario.data.themes,
    })),
    vocabulary,
    questions,
    compounds,
    common,
  };
}

/** Hyphenated words of the texts ("non-judgmental"), closed → as written, leaving out those also written closed. */
export function hyphenatedCompounds(
  texts: readonly string[],
  vocabulary: ReadonlySet<string>,
): [string, string][] {
  const compounds = new Map<string, string>();
  for (const text of texts)
    for (const [written] of text.toLowerCase().matchAll(/\b[a-z]+(?:-[a-z]+)+\b/g)) {
      const closed = written.replaceAll('-', '');
      if (!vocabulary.has(closed) && !compounds.has(closed)) compounds.set(closed, written);
    }
  return [...compounds].sort(([a], [b]) => a.localeCompare(b));
}
