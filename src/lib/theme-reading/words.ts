// Words for the tag suggester: lower-cased, stop words dropped, and cut to a rough stem so that "confidential",
// "confidentiality" and "confidentially" count as one feature.

const STOP_WORDS = new Set(
  (
    'a about above after again all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each either else etc even ever every few for from further had has have having he ' +
    'her here hers him his how i if in into is it its itself just may me might more most must my myself no nor not of off ' +
    'on once one only or other our ours ourselves out over own same shall she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up upon us very was we were what ' +
    'when where whether which while who whom why will with within without would you your yours peer peers support ' +
    'specialist specialists supporter supporters person persons people'
  ).split(' '),
);

// Longest first, so "ation" is cut before "s".
const SUFFIXES = [
  'ationally',
  'ational',
  'ization',
  'fulness',
  'ousness',
  'iveness',
  'ations',
  'ation',
  'ities',
  'ments',
  'ingly',
  'ility',
  'ement',
  'ness',
  'ment',
  'ings',
  'ally',
  'ence',
  'ance',
  'able',
  'ible',
  'ious',
  'ity',
  'ive',
  'ize',
  'ing',
  'ies',
  'ful',
  'ous',
  'ial',
  'ed',
  'ly',
  'es',
  'al',
  's',
  'e',
  'y',
];

/**
 * A rough stem: the word without its known suffixes, keeping at least four letters. Cut twice, so that
 * "confidentiality" and "confidential" meet ("confidential" → "confident").
 */
export function stem(word: string): string {
  return cut(cut(word));
}

function cut(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The content words of a text, lower-cased, in order. */
export function contentWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z]+/g) ?? []
  ).filter((word) => word.length > 2 && !STOP_WORDS.has(word));
}

/** The stemmed content words of a text, in order. */
export function stems(text: string): string[] {
  return contentWords(text).map(stem);
}
