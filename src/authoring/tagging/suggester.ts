// Proposes a clause's themes from what reviewed clauses say: a nearest-centroid (Rocchio) classifier over
// TF-IDF vectors of stemmed words, plus a share of the closest single example's similarity (the model and how a
// text is read against it: lib/theme-reading/model.ts, which the search shares). Each theme's centroid is built from
// the reviewed clauses tagged with it (clauses that only touch on it count half) and from the theme's own label,
// definition and synonyms, so a theme no clause uses yet can still be proposed. A synonym phrase (or an everyday word
// readers use for the theme, `readerWords`) found in the text adds a feature for its theme. The questions readers
// ask of a theme (its `readerQuestions`) count as clauses tagged with it: they say in plain words what the theme is
// about, which helps most on codes whose wording is unlike the reviewed ones. A code's clauses are read together
// (`proposeCode`): words common to most of them count less. A word no reviewed text uses is read through the
// related English words they do use, when the caller gives a source of them (`related`: the importer passes
// WordNet's, wordnet.ts).
import { normalise, themeReader, type ThemeModel, type Vector } from '../../lib/theme-reading/model';
import { contentWords, stem, stems } from '../../lib/theme-reading/words';

/** A reviewed clause: its text and tags. */
export interface TaggedText {
  text: string;
  /** The code the clause belongs to: words common across that code's clauses count less (see `codeWeight`). */
  code?: string;
  themes: string[];
  touches: string[];
}

/** What the suggester knows of a theme. */
export interface ThemeWords {
  id: string;
  label: string;
  definition: string;
  synonyms: string[];
  /** Questions readers ask that the theme answers, in plain words: taught as examples of the theme. */
  readerQuestions?: string[];
  /**
   * Everyday words readers use for the theme (the search lexicon's `words` of entries naming it: "drunk",
   * "gossip", "hook up"), read like synonyms: a code worded plainly uses them where the reviewed codes do not.
   */
  readerWords?: string[];
}

export interface Proposal {
  /** Themes proposed as addressed directly: the best one, and the second when it scores close to it. */
  themes: string[];
  /** Themes proposed as touched on. */
  touches: string[];
  /** Every theme's score (cosine with its centroid, plus `nearest` × cosine with its closest example), best first. */
  ranking: { theme: string; score: number }[];
}

/** The settings of the proposal rule; fixed defaults, chosen before measuring, not fitted per clause. */
export interface ProposalRule {
  /** A second direct theme needs at least this share of the best score. */
  secondTheme: number;
  /** A touched-on theme needs at least this share of the best score. */
  touch: number;
  /** At most this many touched-on themes. */
  maxTouches: number;
  /** Weight of a theme's label, definition and synonyms against one clause. */
  themeText: number;
  /**
   * Weight, shared among them, of the known words related to a word no reviewed text uses (see `related` of
   * `trainSuggester`): "drinking" is read through "alcohol" and "drink" when the reviewed clauses use those.
   */
  related: number;
  /**
   * Weight of the closest single reviewed clause (or reader question) of a theme, added to the centroid's
   * score: a clause worded like one example counts even when the theme's other examples are worded otherwise.
   */
  nearest: number;
}

/**
 * `nearest` was chosen on the leave-one-code-out figure over the reviewed codes (0, 0.3, 0.6, 1, 2 tried).
 * `related` was set at 1 (one unknown word counts as one word, spread over its known relatives) before measuring;
 * leave-one-code-out then read 90% at 0.5, 1 and 2, 89% at 3 and without `related`.
 */
export const DEFAULT_RULE: ProposalRule = {
  secondTheme: 0.8,
  touch: 0.6,
  maxTouches: 2,
  themeText: 1,
  nearest: 0.3,
  related: 1,
};

export interface Suggester {
  /** Proposes one text's themes, on its own. */
  propose: (text: string) => Proposal;
  /**
   * Proposes themes for every clause of one code, read together: a word in many of the code's clauses ("crew
   * member", "the PRSP", "callers") says whom the code is for, not what a clause is about, so it counts less.
   */
  proposeCode: (texts: readonly string[]) => Proposal[];
}

/** English words related to a word or phrase (wordnet.ts); the suggester keeps those its reviewed texts use. */
export type RelatedWords = (phrase: string) => string[];

/** A theme's other names: its synonyms and the everyday words readers use for it. */
function namesOf(theme: ThemeWords): string[] {
  return [...theme.synonyms, ...(theme.readerWords ?? [])];
}

/** Which single examples a theme's closest-example share is taken over. */
export type NearestFrom = 'every example' | 'reader questions';

/**
 * Trains the model (lib/theme-reading/model.ts) the suggester proposes with. `nearestFrom`: the importer compares a
 * clause with every example; the search's copy keeps only the reader questions as single examples, so that the
 * file readers fetch does not grow with the number of codes (`/data/search-theme-model.json`).
 */
export function trainThemeModel(
  examples: TaggedText[],
  themes: ThemeWords[],
  rule: ProposalRule = DEFAULT_RULE,
  nearestFrom: NearestFrom = 'every example',
): ThemeModel {
  const model: ThemeModel = {
    documents: 0,
    frequency: {},
    phrases: Object.fromEntries(
      themes.map((theme) => [
        theme.id,
        [theme.label, ...namesOf(theme)].map((phrase) => stems(phrase).join(' ')).filter(Boolean),
      ]),
    ),
    centroids: {},
    examples: {},
    nearest: rule.nearest,
  };
  // The reader's features need only the phrases; its vectors need the frequencies, counted next.
  const { features } = themeReader(model);
  const themeDocs = themes.map((theme) => ({
    theme: theme.id,
    words: [
      ...features(`${theme.label}. ${theme.definition} ${namesOf(theme).join('. ')}`),
      `syn:${theme.id}`,
    ],
  }));
  const questions: TaggedText[] = themes.flatMap((theme) =>
    (theme.readerQuestions ?? []).map((text) => ({ text, themes: [theme.id], touches: [] })),
  );
  const exampleDocs = [...examples, ...questions].map((example) => ({
    example,
    words: features(example.text),
  }));

  // Inverse document frequency over every document the model sees.
  const documents = [...themeDocs.map((doc) => doc.words), ...exampleDocs.map((doc) => doc.words)];
  model.documents = documents.length;
  for (const words of documents)
    for (const word of new Set(words)) model.frequency[word] = (model.frequency[word] ?? 0) + 1;
  const { vectorOf } = themeReader(model);

  const centroids = new Map<string, Vector>(themes.map((theme) => [theme.id, new Map()]));
  const add = (theme: string, vector: Vector, weight: number) => {
    const centroid = centroids.get(theme);
    if (!centroid) return; // a tag of a theme that no longer exists teaches nothing
    for (const [word, value] of vector) centroid.set(word, (centroid.get(word) ?? 0) + value * weight);
  };
  for (const doc of themeDocs) add(doc.theme, vectorOf(doc.words), rule.themeText);
  // A reviewed clause is weighed within its code as a new code's clauses are (`proposeCode`).
  const weightOfCode = new Map(
    [...new Set(examples.map((example) => example.code))]
      .filter((code) => code !== undefined)
      .map((code) => [
        code,
        codeWeight(exampleDocs.filter((doc) => doc.example.code === code).map((doc) => doc.words)),
      ]),
  );
  const examplesOf = new Map<string, Vector[]>(themes.map((theme) => [theme.id, []]));
  const readerQuestions = new Set(questions);
  const asExample = (example: TaggedText) => nearestFrom === 'every example' || readerQuestions.has(example);
  for (const { example, words } of exampleDocs) {
    const vector = vectorOf(words, example.code === undefined ? undefined : weightOfCode.get(example.code));
    for (const theme of example.themes) {
      add(theme, vector, 1);
      if (asExample(example)) examplesOf.get(theme)?.push(vector);
    }
    for (const theme of example.touches) add(theme, vector, 0.5);
  }
  for (const [theme, centroid] of centroids) model.centroids[theme] = Object.fromEntries(normalise(centroid));
  for (const [theme, vectors] of examplesOf)
    model.examples[theme] = vectors.map((vector) => Object.fromEntries(vector));
  return model;
}

export function trainSuggester(
  examples: TaggedText[],
  themes: ThemeWords[],
  rule: ProposalRule = DEFAULT_RULE,
  related?: RelatedWords,
): Suggester {
  const reader = themeReader(trainThemeModel(examples, themes, rule));
  // Words no reviewed text uses, read through the known words related to them.
  const relatedFeatures = (text: string): Map<string, number> => {
    const extra = new Map<string, number>();
    if (!related || rule.related === 0) return extra;
    for (const phrase of unknownPhrases(text, (word) => reader.knows(stem(word)))) {
      const known = [
        ...new Set(
          related(phrase)
            .flatMap((word) => stems(word))
            .filter((word) => reader.knows(word)),
        ),
      ];
      for (const word of known) extra.set(word, (extra.get(word) ?? 0) + rule.related / known.length);
    }
    return extra;
  };

  const propose = (vector: Vector): Proposal => {
    const ranking = reader.rank(vector);
    const best = ranking[0]?.score ?? 0;
    const [first, second, ...rest] = ranking;
    const proposed = first ? [first.theme] : [];
    if (second && best > 0 && second.score >= best * rule.secondTheme) proposed.push(second.theme);
    const touches = [...(proposed.length === 1 && second ? [second] : []), ...rest]
      .filter((entry) => best > 0 && entry.score >= best * rule.touch)
      .slice(0, rule.maxTouches)
      .map((entry) => entry.theme);
    return { themes: proposed, touches, ranking };
  };

  return {
    propose: (text) => propose(reader.vectorOf(reader.features(text), undefined, relatedFeatures(text))),
    proposeCode(texts) {
      const featureLists = texts.map(reader.features);
      const local = codeWeight(featureLists);
      return featureLists.map((words, index) =>
        propose(reader.vectorOf(words, local, relatedFeatures(texts[index]!))),
      );
    },
  };
}

/** The words of a text that `known` does not know, and every two- or three-word run (WordNet knows some). */
function unknownPhrases(text: string, known: (word: string) => boolean): string[] {
  const words =
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z]+/g) ?? [];
  const content = new Set(contentWords(text));
  const runs = words.flatMap((_, i) =>
    [words.slice(i, i + 2), words.slice(i, i + 3)].filter((run) => run.length > 1),
  );
  // A run at the end of the text is both a pair and a cut-short triple: each run is read once.
  return [
    ...new Set([
      ...words.filter((word) => content.has(word) && !known(word)),
      ...runs.map((run) => run.join(' ')),
    ]),
  ];
}

/** A word in more than this share of one code's clauses says whom the code is for (see `codeWeight`). */
const COMMON_IN_CODE = 0.2;
/** A code with fewer clauses than this shows no pattern of its own: its words count as they are. */
const CODE_PATTERN_CLAUSES = 8;

/**
 * How much a feature counts within one code: fully for a word in at most `COMMON_IN_CODE` of its clauses, then in
 * inverse proportion to the share of clauses using it (a word in every clause counts a fifth).
 */
function codeWeight(featureLists: string[][]): (feature: string) => number {
  const count = featureLists.length;
  if (count < CODE_PATTERN_CLAUSES) return () => 1;
  const frequency = new Map<string, number>();
  for (const words of featureLists)
    for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return (feature) => Math.min(1, COMMON_IN_CODE / ((frequency.get(feature) ?? 0) / count));
}
