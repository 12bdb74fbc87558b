// Whole-question matching: the reader's query against the questions each theme and scenario page answers
// (their `readerQuestions`), ranked BM25-style, so that rare words shared with a whole question count most
// ("should a sergeant do peer support for his own squad" meets "Should a sergeant give peer support to an
// officer they supervise?"). Pure; the browser indexes the questions once (understand.ts prepare).
import { isNumber, stemKey, tokenize } from './words';

export interface BankQuestion {
  /** The question as written on its page. */
  text: string;
  /** What answers it: a theme or a scenario. */
  kind: 'theme' | 'scenario';
  id: string;
}

export interface QuestionIndex {
  questions: {
    owner: string;
    kind: BankQuestion['kind'];
    text: string;
    stems: Map<string, number>;
    length: number;
    weight: number;
  }[];
  /** Stem → in how many questions. */
  documents: Map<string, number>;
  averageLength: number;
}

export interface OwnerMatch {
  kind: BankQuestion['kind'];
  id: string;
  /** Best question's BM25 score over the most the query could score (every word matched), 0 to 1. */
  strength: number;
  /** The best-matching question, to show why. */
  question: string;
}

/** Words that say nothing about which question fits ("what", "do", "I"). */
const QUESTION_STOP = new Set(
  (
    'a an and are as at be been being but by did do does for from had has have he her him his how i if in into is it ' +
    'its me my myself of on or our she so than that the their them then there these they this those to too us was we ' +
    'were what when where which who whom why will with would you your am can could should may might must shall just ' +
    'very get got as about'
  ).split(' '),
);

/** The stems of a text that can match a question (numbers never do). */
export function questionStems(text: string): string[] {
  return tokenize(text)
    .filter((word) => !QUESTION_STOP.has(word) && !isNumber(word))
    .map(stemKey);
}

const ownerKey = (question: Pick<BankQuestion, 'kind' | 'id'>) => `${question.kind}:${question.id}`;

export function indexQuestions(bank: BankQuestion[]): QuestionIndex {
  const documents = new Map<string, number>();
  const questions = bank.map((question) => {
    const stems = new Map<string, number>();
    const all = questionStems(question.text);
    for (const stem of all) stems.set(stem, (stems.get(stem) ?? 0) + 1);
    for (const stem of stems.keys()) documents.set(stem, (documents.get(stem) ?? 0) + 1);
    return { owner: ownerKey(question), kind: question.kind, stems, length: all.length, text: question.text };
  });
  const averageLength = questions.reduce((sum, q) => sum + q.length, 0) / Math.max(1, questions.length);
  // A question's own weight: what a query holding each of its words once would score against it.
  const weighed = questions.map((question) => ({
    ...question,
    weight: [...question.stems.keys()].reduce(
      (sum, stem) => sum + idf(documents.get(stem)!, questions.length),
      0,
    ),
  }));
  return { questions: weighed, documents, averageLength };
}

const K1 = 1.2;
/** The strength's divisor is never less than the weight of a word in this share of the questions. */
const MIN_CEILING_SHARE = 0.01;
/** A question matches only through a word in at most this share of the questions ("sponsor", not "client"). */
const SPECIFIC_SHARE = 0.03;
const B = 0.75;

/** BM25 inverse document frequency (never negative). */
function idf(found: number, total: number): number {
  return Math.log(1 + (total - found + 0.5) / (found + 0.5));
}

/**
 * Themes and scenarios whose questions match the query, strongest first. A question's score is divided by what a
 * question holding every query word once would score, so the strength reads as how much of the query a whole
 * question covers, weighted by rarity; for a scenario's question, by the lesser of that and what the query holding
 * every word of the question would score (how much of the question the query covers).
 */
export function matchQuestions(stems: string[], index: QuestionIndex): OwnerMatch[] {
  const total = index.questions.length;
  const unique = [...new Set(stems)].filter((stem) => index.documents.has(stem));
  if (unique.length === 0 || total === 0) return [];
  // The most a question could score: every query stem matched once, in a question of average length. Words
  // no question uses ("weekend") say nothing about which question fits, so they are left out of it.
  // At least the weight of a word in 1% of the questions: a common word alone ("peer") never fits strongly.
  // A word no question uses ("hug") counts half that: it says little about which question fits, but a query
  // mostly of such words is not answered by the one question word it shares ("client").
  const floorWeight = idf(total * MIN_CEILING_SHARE, total);
  const unmatched = new Set(stems).size - unique.length;
  const ceiling = Math.max(
    floorWeight,
    unique.reduce((sum, stem) => sum + idf(index.documents.get(stem)!, total), 0) +
      (unmatched * floorWeight) / 2,
  );
  const best = new Map<string, { strength: number; question: string }>();
  for (const question of index.questions) {
    let score = 0;
    let specific = false;
    const norm = K1 * (1 - B + (B * question.length) / index.averageLength);
    for (const stem of unique) {
      const frequency = question.stems.get(stem);
      if (!frequency) continue;
      const found = index.documents.get(stem)!;
      if (found <= Math.max(1, total * SPECIFIC_SHARE)) specific = true;
      score += idf(found, total) * ((frequency * (K1 + 1)) / (frequency + norm));
    }
    // Words in many questions ("client", "team") only add to a match made by a more specific word.
    if (!specific) continue;
    // A theme's question: how much of the query it covers. A scenario's question: that, or how much of the
    // question the query covers, whichever is more; a scenario is a situation, and a situation told in many words
    // still fits a short question of the scenario that it holds whole.
    const whole =
      question.kind === 'scenario' ? Math.min(ceiling, Math.max(floorWeight, question.weight)) : ceiling;
    const strength = Math.min(1, score / whole);
    if (strength > (best.get(question.owner)?.strength ?? 0))
      best.set(question.owner, { strength, question: question.text });
  }
  return [...best]
    .map(([owner, { strength, question }]) => {
      const [kind, id] = owner.split(':') as [BankQuestion['kind'], string];
      return { kind, id, strength, question };
    })
    .sort((a, b) => b.strength - a.strength);
}
