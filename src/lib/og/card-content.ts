// What a code's and a clause's preview images say, from the model: pure, so tests read the card's words without
// rendering it. The issuer carries "(our identification)" where we supplied it, and a draft code's card says so.
import type { Clause, Code } from '../content/model';
import { ownWordsText } from '../own-words/render';
import { draftMark, factText } from '../marks';
import { SITE_NAME } from '../site-name';
import type { CardContent } from './card';

export function codeCardContent(code: Code): CardContent {
  return {
    kicker: factText(code.data, 'issuer', code.data.issuer),
    heading: code.data.title,
    leadIn: null,
    text: ownWordsText(code.data.summary),
    siteName: SITE_NAME,
    mark: draftMark(code),
  };
}

/** The same words as the clause page's og:description (its lead-in, then its text), shortened only to fit. */
export function clauseCardContent(code: Code, clause: Clause): CardContent {
  return {
    kicker: code.data.title,
    heading: clause.name,
    leadIn: clause.leadIn,
    text: clause.text.replace(/\s+/g, ' '),
    siteName: SITE_NAME,
    mark: draftMark(code),
  };
}
