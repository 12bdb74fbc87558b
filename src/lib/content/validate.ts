// The cross-file checks that keep the content whole. Each problem names the file, the clause and what is
// wrong; the build stops on any of them (see site-data.ts), so nothing is dropped silently.
import { CLAUSE_REF_FORM, formatClauseRef, parseClauseRef } from '../clause-ref';
import { CODE_LIST_PAGE_SEGMENT, GUIDELINE_CODE_ID, ID_PATTERN } from '../constants';
import type { ClauseSource, ContentProblem } from './types';

/**
 * Pages that live under a code's own URL (/codes/<code>/guidelines/). Every clause has a page at
 * /codes/<code>/<clause id>/, so no clause id or alias may take one of these names.
 */
const RESERVED_CLAUSE_IDS = ['guidelines'] as const;

export interface CodeToCheck {
  id: string;
  file: string;
  clauses: ClauseSource[];
  headingIds: string[];
}

export interface GuidelineToCheck {
  id: string;
  file: string;
  /** The IAPS clause id a `value` guideline explains. */
  value?: string;
}

export interface ScenarioToCheck {
  id: string;
  file: string;
  themes: string[];
  /** Clause references, `code-id:clause-id`. */
  clauses: string[];
}

export interface ContentToCheck {
  codes: CodeToCheck[];
  themeIds: string[];
  guidelines: GuidelineToCheck[];
  scenarios?: ScenarioToCheck[];
}

export function validateContent({ codes, themeIds, guidelines, scenarios = [] }: ContentToCheck): ContentProblem[] {
  const knownThemes = new Set(themeIds);
  const problems: ContentProblem[] = [];
  for (const code of codes) problems.push(...checkCode(code, knownThemes));
  problems.push(...checkGuidelines(codes, guidelines));
  for (const scenario of scenarios) problems.push(...checkScenario(scenario, codes, knownThemes));
  return problems;
}

function checkCode(code: CodeToCheck, knownThemes: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (clause: string | undefined, message: string) => problems.push({ file: code.file, clause, message });
  if (!ID_PATTERN.test(code.id)) report(undefined, `code id "${code.id}" (the file name) must be lower-case words joined by hyphens`);
  if (code.id === CODE_LIST_PAGE_SEGMENT)
    report(undefined, `code id "${code.id}" is taken by the pages of the code list (/codes/${code.id}/2/…): rename the file`);
  if (code.clauses.length === 0) report(undefined, 'the code has no <Clause> elements');

  const headings = new Set(code.headingIds);
  const seen = new Map<string, string>(); // anchor id -> what claimed it
  const claim = (anchor: string, owner: string, clause: string) => {
    const earlier = seen.get(anchor);
    if (earlier) report(clause, `duplicate clause id "${anchor}": already used by ${earlier}`);
    else if ((RESERVED_CLAUSE_IDS as readonly string[]).includes(anchor)) {
      report(clause, `clause id "${anchor}" collides with the page /codes/${code.id}/${anchor}/: every clause has a page at /codes/${code.id}/<clause id>/, so choose another id`);
    } else if (headings.has(anchor)) report(clause, `clause id "${anchor}" collides with the id of a heading`);
    seen.set(anchor, owner);
  };

  for (const clause of code.clauses) {
    const name = clause.id || `(clause at line ${clause.line})`;
    if (!clause.id) report(name, 'missing required attribute "id"');
    else if (!ID_PATTERN.test(clause.id)) report(name, `clause id "${clause.id}" must be lower-case words joined by hyphens`);
    else claim(clause.id, `clause at line ${clause.line}`, name);
    if (!clause.label) report(name, 'missing required attribute "label"');
    if (!clause.text) report(name, 'the clause has no text');
    if (clause.themes.length === 0) report(name, 'the clause has no theme: give it at least one in "themes"');
    for (const theme of [...clause.themes, ...clause.touches]) {
      if (!knownThemes.has(theme)) report(name, `unknown theme id "${theme}" (no content/themes/${theme}.md)`);
    }
    for (const theme of clause.touches) {
      if (clause.themes.includes(theme)) report(name, `theme "${theme}" is listed in both "themes" and "touches"`);
    }
    for (const alias of clause.aliases) {
      if (!ID_PATTERN.test(alias)) report(name, `alias "${alias}" must be lower-case words joined by hyphens`);
      else claim(alias, `an alias of "${name}"`, name);
    }
  }
  return problems;
}

function checkGuidelines(codes: CodeToCheck[], guidelines: GuidelineToCheck[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const values = codes.find((code) => code.id === GUIDELINE_CODE_ID)?.clauses.map((clause) => clause.id) ?? [];
  const explained = new Map<string, string>();
  for (const guideline of guidelines) {
    if (!guideline.value) continue;
    if (!values.includes(guideline.value)) {
      problems.push({
        file: guideline.file,
        clause: guideline.id,
        message: `guideline points at IAPS value "${guideline.value}", which is not a clause of code "${GUIDELINE_CODE_ID}"`,
      });
      continue;
    }
    const twin = explained.get(guideline.value);
    if (twin) {
      problems.push({ file: guideline.file, clause: guideline.id, message: `IAPS value "${guideline.value}" is already explained by ${twin}` });
    }
    explained.set(guideline.value, guideline.file);
  }
  return problems;
}

/** A scenario's themes and clause references must name real ones; an alias is pointed at its clause's id. */
function checkScenario(scenario: ScenarioToCheck, codes: CodeToCheck[], knownThemes: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (message: string) => problems.push({ file: scenario.file, message });
  if (!ID_PATTERN.test(scenario.id)) report(`scenario id "${scenario.id}" (the file name) must be lower-case words joined by hyphens`);
  for (const theme of scenario.themes) {
    if (!knownThemes.has(theme)) report(`unknown theme id "${theme}" (no content/themes/${theme}.md)`);
  }
  const seen = new Set<string>();
  for (const ref of scenario.clauses) {
    if (seen.has(ref)) report(`clause reference "${ref}" is listed twice`);
    seen.add(ref);
    // Front matter is compared as written (scenario-coverage.ts), so only the one form passes, not the old slash.
    const { codeId, clauseId } = parseClauseRef(ref) ?? { codeId: '', clauseId: '' };
    const code = codes.find((candidate) => candidate.id === codeId);
    if (!codeId || ref !== formatClauseRef({ codeId, clauseId }))
      report(`clause reference "${ref}" must be "${CLAUSE_REF_FORM}"`);
    else if (!code) report(`clause reference "${ref}": no code "${codeId}"`);
    else if (!code.clauses.some((clause) => clause.id === clauseId)) {
      const renamed = code.clauses.find((clause) => clause.aliases.includes(clauseId));
      report(
        renamed
          ? `clause reference "${ref}": "${clauseId}" is a former id; use "${formatClauseRef({ codeId, clauseId: renamed.id })}"`
          : `clause reference "${ref}": code "${codeId}" has no clause "${clauseId}"`,
      );
    }
  }
  return problems;
}

/** One line per problem: `file: clause "id": message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems
    .map(({ file, clause, message }) => `${file}: ${clause ? `clause "${clause}": ` : ''}${message}`)
    .join('\n');
}

/** Marks a front matter value the importer left for an editor to replace (see authoring/import/render.ts). */
export const PLACEHOLDER = 'EDIT:';

/** The environment variable a preview build sets to show drafts that still hold the importer's placeholders. */
export const ALLOW_DRAFT_PLACEHOLDERS = 'ALLOW_DRAFT_PLACEHOLDERS';

/**
 * No code may reach a build with the importer's placeholders in its front matter: a reviewed code never, a draft
 * only when the build is a preview that asks for drafts (`allowDraftPlaceholders`, from ALLOW_DRAFT_PLACEHOLDERS=1).
 * A draft whose front matter is written builds anywhere, marked as a draft.
 */
export function checkReviewedFrontMatter(
  file: string,
  data: { status?: string } & Record<string, unknown>,
  allowDraftPlaceholders = false,
): ContentProblem[] {
  const draft = data.status === 'draft';
  if (draft && allowDraftPlaceholders) return [];
  return Object.entries(data)
    .filter(([, value]) => typeof value === 'string' && value.includes(PLACEHOLDER))
    .map(([field]) => ({
      file,
      message: draft
        ? `front matter "${field}" still holds the importer's "${PLACEHOLDER}" placeholder: write it (a draft may be built and published once its front matter is written), or build a preview with ${ALLOW_DRAFT_PLACEHOLDERS}=1`
        : `front matter "${field}" still holds the importer's "${PLACEHOLDER}" placeholder: write it before setting status: reviewed`,
    }));
}
