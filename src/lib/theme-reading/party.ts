// Whom a clause's words are about: the person served, the supporter themself, or colleagues. "The person's
// well-being" is the person's, "my own wellness" the supporter's; "threaten a veteran" is done to a person,
// "abuse substances" is not. Each content word that a party owns ("X's", "of the X", "my own") or that acts on a
// party (a verb whose object is one) gives a party-qualified feature (`served:well`, `self:well`), so the
// suggester learns from the reviewed clauses which party each theme's words belong to.
import { stem } from './words';

export type Party = 'served' | 'self' | 'colleague';

/** Nouns that name the person served, in the words codes use for them. */
const SERVED = new Set(
  'person persons people individual individuals participant participants client clients consumer consumers patient patients veteran veterans mentee mentees guest guests family families youth member members recipient recipients'.split(
    ' ',
  ),
);
/** Nouns that name the supporter's colleagues and profession. */
const COLLEAGUE = new Set(
  'colleague colleagues coworker coworkers co-worker co-workers staff team professional professionals practitioner practitioners mentors specialists supervisor supervisors'.split(
    ' ',
  ),
);
const REFLEXIVE = new Set('myself yourself himself herself themselves oneself ourselves'.split(' '));
const OWNERS = new Set("my your their his her one's our".split(' '));
/** Words between a verb and its object that do not change whom it acts on. */
const DETERMINERS = new Set(
  'a an the any another other each every that this those these their his her fellow'.split(' '),
);
const FUNCTION_WORDS = new Set(
  'a an the and or of to in on for with by as at from be is are was were not no never do does don t any all other another their his her my your our its it that this which who whom than then'.split(
    ' ',
  ),
);

const partyOf = (word: string): Party | null =>
  SERVED.has(word) ? 'served' : COLLEAGUE.has(word) ? 'colleague' : null;

/** Party-qualified features of a text: `served:<stem>`, `self:<stem>`, `colleague:<stem>`. */
export function partyFeatures(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[a-z]+(?:'s)?/g) ?? [];
  const features: string[] = [];
  const content = (word: string | undefined) =>
    word !== undefined && word.length > 2 && !FUNCTION_WORDS.has(word) && !word.endsWith("'s");
  const mark = (party: Party, word: string | undefined) => {
    if (content(word)) features.push(`${party}:${stem(word!.replace(/'s$/, ''))}`);
  };
  words.forEach((word, index) => {
    const next = words[index + 1];
    // "the person's well-being", "a veteran's health": what a party owns.
    if (word.endsWith("'s")) {
      const party = partyOf(word.slice(0, -2));
      if (party) {
        mark(party, next);
        if (content(next)) mark(party, words[index + 2]);
      }
    }
    // "my own wellness", "their own recovery": the supporter's own.
    if (OWNERS.has(word) && next === 'own') {
      mark('self', words[index + 2]);
      if (content(words[index + 2])) mark('self', words[index + 3]);
    }
    // "take care of oneself": the verb before a reflexive acts on the supporter.
    if (REFLEXIVE.has(word)) mark('self', words.slice(0, index).reverse().find(content));
    // "well-being of the person": what comes before "of the <party>".
    if (word === 'of') {
      let at = index + 1;
      while (DETERMINERS.has(words[at] ?? '')) at += 1;
      const party = partyOf(words[at] ?? '');
      if (party) mark(party, words.slice(0, index).reverse().find(content));
    }
    // "threaten a veteran", "exploit any participant": a verb acting on a party.
    if (content(word)) {
      let at = index + 1;
      while (DETERMINERS.has(words[at] ?? '')) at += 1;
      const party = partyOf(words[at] ?? '');
      if (party && at > index) mark(party, word);
    }
  });
  return features;
}
