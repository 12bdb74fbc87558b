import { z } from 'astro/zod';
import { audiences } from './code';
import { readerQuestions } from './theme';

/**
 * Front matter of one case scenario (`content/scenarios/<id>.mdx`), written in our own words for workshops. The
 * file name is the scenario id (`/scenarios/<id>/`); the body tells the situation. Theme ids and clause
 * references are checked against the codes and themes when the site builds.
 */
export const scenarioSchema = z.object({
  /** Short title naming the situation, e.g. "A gift on the last day". */
  title: z.string().min(1),
  /** One sentence saying what happens, for lists and the page description. */
  summary: z.string().min(1),
  /** Where the situation plays out: behavioral-health peer work, an agency's first-responder team, or both. */
  settings: z.array(z.enum(audiences)).min(1),
  /** Theme ids the situation raises (each must be a file in `content/themes/`). */
  themes: z.array(z.string().min(1)).min(1),
  /** Clauses that bear on it, as `code-id:clause-id` (e.g. `alaska-psp:conflicts-3`), most relevant first. */
  clauses: z.array(z.string().min(1)).min(1),
  /**
   * Clauses the site's search and tag suggester propose for this scenario (see src/lib/own-words/scenario-
   * proposals.ts) that it does not cite, each with a one-line reason it was left out: every omission is a decision.
   * The build fails on a proposed clause that is in neither `clauses` nor this list.
   */
  considered: z
    .array(
      z.object({
        /** The clause, as `code-id:clause-id`. */
        clause: z.string().min(1),
        /** One line: why the scenario does not turn on it. */
        reason: z.string().min(1),
      }),
    )
    .default([]),
  /**
   * The codes (ids) whose proposed clauses were weighed for `clauses` and `considered`. Only these codes' clauses
   * are proposed, so a code published later does not fail the build for this scenario; when an editor has weighed
   * the new code's proposed clauses, they add its id here. Every code when absent.
   */
  weighedAgainst: z.array(z.string().min(1)).min(1).optional(),
  /** Discussion questions for a workshop; open questions, not a quiz with one answer. */
  questions: z.array(z.string().min(1)).min(2),
  /** Position in the list of scenarios (lower first). */
  order: z.number().int(),
  /** Questions readers ask that this scenario answers (see readerQuestions in theme.ts); not the discussion questions. */
  readerQuestions,
});

export type ScenarioData = z.infer<typeof scenarioSchema>;
