// A trained theme model as plain data, and how a text is read against it. Features are stems (words.ts), a theme's
// synonym phrases found in the text, and whom the words are about (party.ts); a text's TF-IDF vector is scored
// against each theme's centroid (cosine) plus `nearest` × its cosine with the theme's closest single example. The
// tag suggester (src/authoring/tagging/suggester.ts) trains the model and proposes with it; the search reads a
// query with the same model, built at build time (/data/search-theme-model.json). Pure.
import { partyFeatures } from './party';
import { stems } from './words';

export type Vector = Map<string, number>;
type Weights = Record<string, number>;

/** A trained model, as JSON can carry it. */
export interface ThemeModel {
  /** How many documents it was trained on: an unseen feature's inverse document frequency follows from it. */
  documents: number;
  /** Feature → how many training documents have it. */
  frequency: Weights;
  /** Theme id → its label and synonym phrases (and reader words) as joined stems: one in a text adds `syn:<id>`. */
  phrases: Record<string, string[]>;
  /** Theme id → its centroid, feature → weight, of length 1. Themes in the order ties are broken by. */
  centroids: Record<string, Weights>;
  /** Theme id → the vectors of its single examples, whose closest adds `nearest` × its cosine. */
  examples: Record<string, Weights[]>;
  /** The closest example's share of a theme's score. */
  nearest: number;
}

export interface ThemeScore {
  theme: string;
  score: number;
}

/** A model made ready to read many texts: its weights as maps, looked up once. */
export interface ThemeReader {
  /** A text's features: its stems, its themes' synonym phrases (`syn:<id>`), its party features. */
  features: (text: string) => string[];
  /** Whether any training document has the feature. */
  knows: (feature: string) => boolean;
  /**
   * A TF-IDF vector of length 1; `local` weighs each feature (a code's common words count less, see the
   * suggester), `extra` adds counts (related words of a word the model does not know).
   */
  vectorOf: (
    words: string[],
    local?: (word: string) => number,
    extra?: ReadonlyMap<string, number>,
  ) => Vector;
  /** Every theme's score for a vector, best first (ties by theme id). */
  rank: (vector: Vector) => ThemeScore[];
  /** `rank(vectorOf(features(text)))`. */
  read: (text: string) => ThemeScore[];
}

export function themeReader(model: ThemeModel): ThemeReader {
  const phrases = Object.entries(model.phrases);
  const frequency = new Map(Object.entries(model.frequency));
  const centroids = Object.entries(model.centroids).map(
    ([theme, weights]) => [theme, new Map(Object.entries(weights))] as const,
  );
  const examples = new Map(
    Object.entries(model.examples).map(([theme, list]) => [
      theme,
      list.map((weights) => new Map(Object.entries(weights))),
    ]),
  );
  const idf = (word: string) => Math.log((model.documents + 1) / ((frequency.get(word) ?? 0) + 1)) + 1;

  const features = (text: string): string[] => {
    const words = stems(text);
    const joined = ` ${words.join(' ')} `;
    const synonymFeatures = phrases
      .filter(([, list]) => list.some((phrase) => joined.includes(` ${phrase} `)))
      .map(([id]) => `syn:${id}`);
    return [...words, ...synonymFeatures, ...partyFeatures(text)];
  };
  const vectorOf: ThemeReader['vectorOf'] = (words, local = () => 1, extra = new Map()) => {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const vector: Vector = new Map();
    for (const word of new Set([...counts.keys(), ...extra.keys()])) {
      const count = counts.get(word) ?? 0;
      const weight = (count > 0 ? 1 + Math.log(count) : 0) + (extra.get(word) ?? 0);
      vector.set(word, weight * idf(word) * local(word));
    }
    return normalise(vector);
  };
  const rank = (vector: Vector): ThemeScore[] =>
    centroids
      .map(([theme, centroid]) => ({
        theme,
        score:
          dot(vector, centroid) +
          model.nearest * Math.max(0, ...(examples.get(theme) ?? []).map((example) => dot(vector, example))),
      }))
      .sort((a, b) => b.score - a.score || a.theme.localeCompare(b.theme));
  return {
    features,
    knows: (feature) => frequency.has(feature),
    vectorOf,
    rank,
    read: (text) => rank(vectorOf(features(text))),
  };
}

export function normalise(vector: Vector): Vector {
  const length = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  if (length === 0) return vector;
  return new Map([...vector].map(([word, value]) => [word, value / length]));
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [word, value] of a) sum += value * (b.get(word) ?? 0);
  return sum;
}
