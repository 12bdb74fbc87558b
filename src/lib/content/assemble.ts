// Turns raw collection entries into the checked model, or fails with every problem at once.
import { themeGroups } from '../../schemas/theme';
import type { CodeData } from '../../schemas/code';
import type { GuidelineData } from '../../schemas/guideline';
import type { ScenarioData } from '../../schemas/scenario';
import type { ThemeData } from '../../schemas/theme';
import { clauseName } from '../citation';
import { checkNotes, type NoteToCheck } from '../own-words/checks';
import { checkScenarioCoverage } from '../own-words/scenario-coverage';
import { clauseProposer } from '../own-words/scenario-proposals';
import type { Lexicon } from '../../schemas/lexicon';
import { checkQualifiers, siteClauseTexts } from '../own-words/qualifier-check';
import { extractClauses } from './extract-clauses';
import type { Code, RawEntry, SiteData } from './model';
import type { ContentProblem } from './types';
import {
  ALLOW_DRAFT_PLACEHOLDERS,
  checkReviewedFrontMatter,
  formatProblems,
  PLACEHOLDER,
  validateContent,
} from './validate';

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
  }
}

export interface RawContent {
  codes: RawEntry<CodeData>[];
  themes: RawEntry<ThemeData>[];
  guidelines: RawEntry<GuidelineData>[];
  /** Optional so that content folders without scenarios (older fixtures) still assemble. */
  scenarios?: RawEntry<ScenarioData>[];
  /** The search lexicon, for the scenario check's query layer; none means theme synonyms only. */
  lexicon?: Lexicon;
}

export interface AssembleOptions {
  /**
   * Let drafts keep the importer's "EDIT:" placeholders (a preview of drafts, or a tool that only reads the
   * content). Defaults to the ALLOW_DRAFT_PLACEHOLDERS=1 environment variable, so a normal build refuses them.
   */
  allowDraftPlaceholders?: boolean;
}

export function assembleSiteData(
  raw: RawContent,
  { allowDraftPlaceholders = globalThis.process?.env[ALLOW_DRAFT_PLACEHOLDERS] === '1' }: AssembleOptions = {},
): SiteData {
  const problems: ContentProblem[] = [];
  const extracted = raw.codes.map((entry) => {
    const file = entry.filePath ?? `codes/${entry.id}.mdx`;
    const result = extractClauses(entry.body ?? '', file);
    problems.push(...result.problems, ...checkReviewedFrontMatter(file, entry.data, allowDraftPlaceholders));
    return { entry, file, ...result };
  });

  problems.push(
    ...validateContent({
      codes: extracted.map(({ entry, file, clauses, headingIds }) => ({ id: entry.id, file, clauses, headingIds })),
      themeIds: raw.themes.map((theme) => theme.id),
      guidelines: raw.guidelines.map((g) => ({ id: g.id, file: g.filePath ?? `guidelines/${g.id}.mdx`, value: g.data.value })),
      scenarios: (raw.scenarios ?? []).map((s) => ({
        id: s.id,
        file: s.filePath ?? `scenarios/${s.id}.mdx`,
        themes: s.data.themes,
        clauses: s.data.clauses,
      })),
    }),
  );
  if (problems.length > 0) throw new ContentError(problems);
  // Our own words: theme notes, code summaries and scenario texts cite real clauses (own-words/checks.ts), and
  // each sentence that cites one keeps its qualifiers and quotes it exactly (own-words/qualifier-check.ts).
  // Reported together with the scenario check below, so one build lists every problem.
  const evidence = checkNotes(
    ownWords(raw),
    extracted.map(({ entry, clauses }) => ({ id: entry.id, clauses })),
  );
  if (evidence.length === 0) evidence.push(...checkQualifiers(
      ownWords(raw),
      siteClauseTexts({ codes: extracted.map(({ entry, clauses }) => ({ id: entry.id, clauses })) }),
    ));

  const codes: Code[] = extracted
    .map(({ entry, file, clauses }) => ({
      id: entry.id,
      file,
      data: entry.data,
      clauses: clauses.map(({ line: _line, ...clause }) => ({
        codeId: entry.id,
        ...clause,
        name: clauseName(clause.section, clause.label, entry.data.itemName),
      })),
    }))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  const themes = raw.themes
    .map((entry) => ({ id: entry.id, data: entry.data, note: entry.body?.trim() ?? '' }))
    .sort(
      (a, b) =>
        themeGroups.indexOf(a.data.group) - themeGroups.indexOf(b.data.group) ||
        a.data.order - b.data.order ||
        a.id.localeCompare(b.id),
    );

  const guidelines = raw.guidelines
    .map((entry) => ({ id: entry.id, data: entry.data }))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  const scenarios = (raw.scenarios ?? [])
    .map((entry) => ({ id: entry.id, data: entry.data }))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  const site = { codes, themes, guidelines, scenarios };
  // Every clause the site's search proposes for a scenario is cited or considered (own-words/scenario-coverage.ts).
  const coverage = checkScenarioCoverage(
    (raw.scenarios ?? []).map((entry) => ({
      file: entry.filePath ?? `scenarios/${entry.id}.mdx`,
      title: entry.data.title,
      summary: entry.data.summary,
      body: entry.body ?? '',
      questions: entry.data.questions,
      clauses: entry.data.clauses,
      considered: entry.data.considered ?? [],
      weighedAgainst: entry.data.weighedAgainst,
    })),
    site,
    clauseProposer(site, raw.lexicon ?? { filler: [], entries: [] }),
  );
  if (evidence.length + coverage.length > 0) throw new ContentError([...evidence, ...coverage]);
  return site;
}

/** Every text in our own words that the evidence checks read. */
function ownWords(raw: RawContent): NoteToCheck[] {
  return [
    ...raw.themes.map((theme) => ({
      file: theme.filePath ?? `themes/${theme.id}.md`,
      part: 'comparison note',
      text: theme.body ?? '',
      themeId: theme.id,
      mustCite: true,
    })),
    ...raw.codes.map((code) => ({
      file: code.filePath ?? `codes/${code.id}.mdx`,
      part: 'summary',
      text: code.data.summary,
      // A draft's summary may still be the importer's placeholder, which states nothing to back; the placeholder
      // check refuses it once the code is marked reviewed, and from then on the summary must cite its clauses.
      mustCite: !(code.data.status === 'draft' && code.data.summary.includes(PLACEHOLDER)),
    })),
    ...(raw.scenarios ?? []).flatMap((scenario) => {
      const file = scenario.filePath ?? `scenarios/${scenario.id}.mdx`;
      return [
        { file, part: 'body', text: scenario.body ?? '', mustCite: false },
        ...scenario.data.questions.map((question, index) => ({ file, part: `question ${index + 1}`, text: question, mustCite: false })),
      ];
    }),
  ];
}
