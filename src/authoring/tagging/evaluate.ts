// Leave-one-code-out evaluation of the suggester: each code is tagged by a model trained on the other codes
// only, and its proposals are compared with the reviewed tags. Nothing of the held-out code reaches its model.
import { themeGroups, type ThemeGroup } from '../../schemas/theme';
import {
  DEFAULT_RULE,
  trainSuggester,
  type ProposalRule,
  type TaggedText,
  type ThemeWords,
  type RelatedWords,
} from './suggester';
import { stems } from '../../lib/theme-reading/words';

export interface EvaluationInput {
  codes: { id: string; clauses: TaggedText[] }[];
  themes: (ThemeWords & { group: ThemeGroup })[];
}

export interface GroupScore {
  group: ThemeGroup;
  /** Proposed direct themes of the group that the reviewers also gave, over all proposed in the group. */
  precision: number;
  /** Reviewed direct themes of the group that were proposed, over all reviewed in the group. */
  recall: number;
  proposed: number;
  reviewed: number;
}

export interface Evaluation {
  clauses: number;
  /** Share of clauses whose first proposed theme is one of its reviewed themes. */
  firstThemeRight: number;
  /** Share whose first proposed theme is among its reviewed themes or touches. */
  firstThemeTagged: number;
  /** Per code: clauses and share with the first theme right. */
  codes: { id: string; clauses: number; firstThemeRight: number }[];
  groups: GroupScore[];
  /** Over all groups. */
  overall: { precision: number; recall: number };
}

/** `related` is the importer's source of related English words (wordnet.ts); without it unknown words count nil. */
export function evaluateLeaveOneCodeOut(
  { codes, themes }: EvaluationInput,
  rule: ProposalRule = DEFAULT_RULE,
  related?: RelatedWords,
): Evaluation {
  const groupOf = new Map(themes.map((theme) => [theme.id, theme.group]));
  const counts = new Map(themeGroups.map((group) => [group, { hits: 0, proposed: 0, reviewed: 0 }]));
  let right = 0;
  let tagged = 0;
  let total = 0;
  const perCode: Evaluation['codes'] = [];
  for (const code of codes) {
    const training = codes.filter((other) => other.id !== code.id).flatMap((other) => other.clauses);
    const suggester = trainSuggester(
      training,
      withoutHeldOutWording(themes, code.clauses, training),
      rule,
      related,
    );
    let codeRight = 0;
    const proposals = suggester.proposeCode(code.clauses.map((clause) => clause.text));
    for (const [index, clause] of code.clauses.entries()) {
      const { themes: proposed } = proposals[index]!;
      const first = proposed[0];
      if (first && clause.themes.includes(first)) codeRight += 1;
      if (first && (clause.themes.includes(first) || clause.touches.includes(first))) tagged += 1;
      for (const theme of proposed) {
        const count = counts.get(groupOf.get(theme)!)!;
        count.proposed += 1;
        if (clause.themes.includes(theme)) count.hits += 1;
      }
      for (const theme of clause.themes) {
        const group = groupOf.get(theme);
        if (group) counts.get(group)!.reviewed += 1;
      }
    }
    right += codeRight;
    total += code.clauses.length;
    perCode.push({
      id: code.id,
      clauses: code.clauses.length,
      firstThemeRight: share(codeRight, code.clauses.length),
    });
  }
  const groups = themeGroups.map((group) => {
    const { hits, proposed, reviewed } = counts.get(group)!;
    return { group, precision: share(hits, proposed), recall: share(hits, reviewed), proposed, reviewed };
  });
  const sum = (key: 'hits' | 'proposed' | 'reviewed') =>
    [...counts.values()].reduce((all, count) => all + count[key], 0);
  return {
    clauses: total,
    firstThemeRight: share(right, total),
    firstThemeTagged: share(tagged, total),
    codes: perCode,
    groups,
    overall: { precision: share(sum('hits'), sum('proposed')), recall: share(sum('hits'), sum('reviewed')) },
  };
}

/**
 * The lexicon's reader words (`ThemeWords.readerWords`) were written by editors who had read the reviewed codes: a
 * word or phrase found in the held-out code's clauses and in no other code's would hand that code's own wording to
 * the model meant not to have seen it, so its fold leaves it out.
 */
function withoutHeldOutWording<Theme extends ThemeWords>(
  themes: Theme[],
  heldOut: readonly TaggedText[],
  training: readonly TaggedText[],
): Theme[] {
  const joined = (clauses: readonly TaggedText[]) =>
    clauses.map((clause) => ` ${stems(clause.text).join(' ')} `);
  const [held, rest] = [joined(heldOut), joined(training)];
  const onlyHeldOut = (phrase: string) => {
    const run = ` ${stems(phrase).join(' ')} `;
    return held.some((text) => text.includes(run)) && !rest.some((text) => text.includes(run));
  };
  return themes.map((theme) => ({
    ...theme,
    readerWords: theme.readerWords?.filter((word) => !onlyHeldOut(word)),
  }));
}

/** First-theme accuracy on codes the suggester never saw, trained on every code of `input`. */
export interface UnseenEvaluation {
  clauses: number;
  firstThemeRight: number;
  codes: { id: string; clauses: number; firstThemeRight: number }[];
  /** Clauses whose first proposed theme is wrong: text, proposal and reviewed themes, for reading the errors. */
  misses: { code: string; text: string; proposed: string; reviewed: string[] }[];
}

export function evaluateUnseen(
  { codes, themes }: EvaluationInput,
  unseen: EvaluationInput['codes'],
  rule: ProposalRule = DEFAULT_RULE,
  related?: RelatedWords,
): UnseenEvaluation {
  const suggester = trainSuggester(
    codes.flatMap((code) => code.clauses),
    themes,
    rule,
    related,
  );
  const misses: UnseenEvaluation['misses'] = [];
  const perCode = unseen.map((code) => {
    let right = 0;
    const proposals = suggester.proposeCode(code.clauses.map((clause) => clause.text));
    for (const [index, clause] of code.clauses.entries()) {
      const first = proposals[index]!.themes[0] ?? '';
      if (clause.themes.includes(first)) right += 1;
      else misses.push({ code: code.id, text: clause.text, proposed: first, reviewed: clause.themes });
    }
    return { id: code.id, clauses: code.clauses.length, right };
  });
  const total = perCode.reduce((sum, code) => sum + code.clauses, 0);
  return {
    clauses: total,
    firstThemeRight: share(
      perCode.reduce((sum, code) => sum + code.right, 0),
      total,
    ),
    codes: perCode.map(({ id, clauses, right }) => ({ id, clauses, firstThemeRight: share(right, clauses) })),
    misses,
  };
}

/** The unseen-wording evaluation as plain text. */
export function formatUnseen(evaluation: UnseenEvaluation): string {
  return [
    `On ${evaluation.clauses} clauses of ${evaluation.codes.length} codes in unseen wording, trained on every reviewed code`,
    `first proposed theme is a reviewed theme: ${percent(evaluation.firstThemeRight)}`,
    ...evaluation.codes.map((code) => `  ${code.id}: ${percent(code.firstThemeRight)} of ${code.clauses}`),
    ...evaluation.misses.map(
      (miss) => `  miss (${miss.code}): ${miss.proposed} for [${miss.reviewed.join(', ')}] "${miss.text}"`,
    ),
  ].join('\n');
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The evaluation as a plain-text table, as the script prints it and the README quotes it. */
export function formatEvaluation(evaluation: Evaluation, groupLabels: Record<ThemeGroup, string>): string {
  const lines = [
    `Leave-one-code-out over ${evaluation.clauses} reviewed clauses in ${evaluation.codes.length} codes`,
    `first proposed theme is a reviewed theme: ${percent(evaluation.firstThemeRight)} (among its themes or touches: ${percent(evaluation.firstThemeTagged)})`,
    ...evaluation.codes.map((code) => `  ${code.id}: ${percent(code.firstThemeRight)} of ${code.clauses}`),
    '',
    '| theme group | precision | recall | proposed | reviewed |',
    '| --- | --- | --- | --- | --- |',
    ...evaluation.groups.map(
      (group) =>
        `| ${groupLabels[group.group]} | ${percent(group.precision)} | ${percent(group.recall)} | ${group.proposed} | ${group.reviewed} |`,
    ),
    `| all | ${percent(evaluation.overall.precision)} | ${percent(evaluation.overall.recall)} | | |`,
  ];
  return lines.join('\n');
}
