// The suggester's training material from the checked content: reviewed codes' clauses and the themes' words.
// Draft codes are left out: their tags are proposals, and a model must not learn from its own guesses.
import type { SiteData } from '../../lib/content/model';
import type { EvaluationInput } from './evaluate';
import type { TaggedText } from './suggester';

export function reviewedClauses(site: Pick<SiteData, 'codes'>): TaggedText[] {
  return evaluationInput({ codes: site.codes, themes: [] }).codes.flatMap((code) => code.clauses);
}

export function evaluationInput(site: Pick<SiteData, 'codes' | 'themes'>): EvaluationInput {
  return {
    codes: site.codes
      .filter((code) => code.data.status !== 'draft')
      .map((code) => ({
        id: code.id,
        clauses: code.clauses.map(({ text, themes, touches }) => ({ text, code: code.id, themes, touches })),
      })),
    themes: site.themes.map((theme) => ({
      id: theme.id,
      label: theme.data.label,
      definition: theme.data.definition,
      synonyms: theme.data.synonyms,
      readerQuestions: theme.data.readerQuestions ?? [],
      group: theme.data.group,
    })),
  };
}
