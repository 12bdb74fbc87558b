// The suggester's training material from the checked content: reviewed codes' clauses and the themes' words.
// Draft codes are left out: their tags are proposals, and a model must not learn from its own guesses.
import type { SiteData } from '../../lib/content/model';
import type { Lexicon } from '../../schemas/lexicon';
import type { EvaluationInput } from './evaluate';
import type { TaggedText } from './suggester';

export function reviewedClauses(site: Pick<SiteData, 'codes'>): TaggedText[] {
  return reviewedCodes(site).flatMap((code) => code.clauses);
}

/** What the suggester knows of each theme: its own words, its reader questions, and the lexicon's words for it. */
export function themeWords(
  site: Pick<SiteData, 'themes'>,
  lexicon: Pick<Lexicon, 'entries'>,
): EvaluationInput['themes'] {
  return site.themes.map((theme) => ({
    id: theme.id,
    label: theme.data.label,
    definition: theme.data.definition,
    synonyms: theme.data.synonyms,
    readerQuestions: theme.data.readerQuestions ?? [],
    readerWords: lexicon.entries
      .filter((entry) => entry.themes.includes(theme.id))
      .flatMap((entry) => entry.words),
    group: theme.data.group,
  }));
}

export function evaluationInput(
  site: Pick<SiteData, 'codes' | 'themes'>,
  lexicon: Pick<Lexicon, 'entries'>,
): EvaluationInput {
  return { codes: reviewedCodes(site), themes: themeWords(site, lexicon) };
}

function reviewedCodes(site: Pick<SiteData, 'codes'>): EvaluationInput['codes'] {
  return site.codes
    .filter((code) => code.data.status !== 'draft')
    .map((code) => ({
      id: code.id,
      clauses: code.clauses.map(({ text, themes, touches }) => ({ text, code: code.id, themes, touches })),
    }));
}
