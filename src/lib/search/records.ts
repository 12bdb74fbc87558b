// One search record per clause, so that a result is the clause itself (`/codes/<code>/#<clause>`) and the
// code, theme and audience filters count clauses, not pages. Pure: the pagefind integration feeds these to
// pagefind's `addCustomRecord`, and tests check them without a build.
import { audienceLabels } from '../../schemas/code';
import { textWithLeadIn } from '../content/lead-in';
import type { SiteData } from '../content/model';
import { codeStatus, draftMark, filterAudiences } from '../marks';
import { paths, withBase } from '../paths';
import type { FilterKey } from './filter-keys';
import { EVERY_CLAUSE_TOKEN, scenarioToken, themeToken } from './index-tokens';

/** What a result needs to show itself without loading the page (pagefind meta values are strings). */
export interface ClauseMeta {
  /**
   * "Alaska PSP, Conflicts of Interest 3."; a draft code's clause adds its mark, "(draft: tagging proposed, not
   * yet reviewed)", so every result list shows it without code of its own.
   */
  title: string;
  /** The code's review state, `draft` or `reviewed` (lib/marks.ts). */
  status: string;
  /** Short title of the code. */
  code: string;
  /** The clause's name: section and label ("Conflicts of Interest 3."). */
  clause: string;
  /** The clause's plain text after its lead-in, if any ("Peer support team members: do not…"): the result's excerpt. */
  text: string;
  /** Labels of the themes the clause addresses, joined by "; ". */
  themes: string;
}

export interface ClauseRecord {
  url: string;
  /** What is indexed: the clause text, its section, its themes' labels and synonyms, and its index tokens. */
  content: string;
  language: 'en';
  meta: Record<keyof ClauseMeta, string>;
  filters: Record<FilterKey, string[]>;
}

/** The records for every clause of every code, in code order then document order. */
export function clauseRecords({ codes, themes, scenarios }: SiteData, base: string): ClauseRecord[] {
  const themeById = new Map(themes.map((theme) => [theme.id, theme.data]));
  // "code:clause" → the scenarios citing it, so a matched scenario's clauses are one lookup away.
  const citedBy = new Map<string, string[]>();
  for (const scenario of scenarios)
    for (const ref of scenario.data.clauses) citedBy.set(ref, [...(citedBy.get(ref) ?? []), scenario.id]);
  return codes.flatMap((code) =>
    code.clauses.map((clause) => {
      const clauseThemes = clause.themes.map((id) => {
        const theme = themeById.get(id);
        // assembleSiteData has already checked theme ids; this only guards a caller that skipped it.
        if (!theme) throw new Error(`${code.file}: clause "${clause.id}": unknown theme id "${id}"`);
        return theme;
      });
      const name = clause.name;
      const draft = draftMark(code);
      // Theme words go after the text so a topic search ("dating", "burnout") finds clauses that never use
      // the word; only the themes a clause addresses, not those it merely touches, to keep results on topic.
      const topicWords = clauseThemes.map((theme) => [theme.label, ...theme.synonyms].join('. '));
      return {
        url: withBase(paths.clause(code.id, clause.id), base),
        content: [
          textWithLeadIn(clause),
          clause.section ?? '',
          ...topicWords,
          // Never shown (results show meta.text): lookup keys for the search's theme and filter-only lookups.
          [
            EVERY_CLAUSE_TOKEN,
            ...clause.themes.map(themeToken),
            ...(citedBy.get(`${code.id}:${clause.id}`) ?? []).map(scenarioToken),
          ].join(' '),
        ]
          .filter(Boolean)
          .join('\n\n'),
        language: 'en' as const,
        meta: {
          title: [`${code.data.shortTitle}, ${name}`, draft && `(${draft})`].filter(Boolean).join(' '),
          status: codeStatus(code),
          code: code.data.shortTitle,
          clause: name,
          text: textWithLeadIn(clause),
          themes: clauseThemes.map((theme) => theme.label).join('; '),
        },
        filters: {
          code: [code.data.shortTitle],
          theme: clauseThemes.map((theme) => theme.label),
          audience: filterAudiences(code.data).map((audience) => audienceLabels[audience]),
        },
      };
    }),
  );
}
