import { z } from 'astro/zod';

/** Theme groups, used to group rows in the crosswalk and filter them. */
export const themeGroups = ['values', 'privacy', 'role', 'boundaries', 'practice', 'accountability'] as const;
export type ThemeGroup = (typeof themeGroups)[number];

/** Human labels for theme groups, in display order. */
export const themeGroupLabels: Record<ThemeGroup, string> = {
  values: 'Values and approach',
  privacy: 'Privacy and records',
  role: 'Role and honesty',
  boundaries: 'Boundaries',
  practice: 'Practice and competence',
  accountability: 'Law, accountability and team',
};

/**
 * Front matter of one theme (`content/themes/<theme id>.md`). The file name is the theme id; the body is the
 * comparison note, in our own words, on how the codes differ on the theme.
 */
/**
 * Reader questions a page answers, 10 to 20, written from its clauses for each kind of reader (peer
 * specialists, first-responder team members, supervisors, trainers, program directors). Shown on the page as
 * "Questions this page answers" and matched whole by search (lib/search/questions.ts). Optional so that test
 * fixtures may leave them out; every real theme and scenario carries them (tests/unit/reader-questions.test.ts).
 */
export const readerQuestions = z
  .array(z.string().trim().min(8).max(200))
  .min(10, 'give at least 10 reader questions')
  .max(20, 'give at most 20 reader questions')
  .optional();

export const themeSchema = z.object({
  /** Display name, e.g. "Gifts, money and loans". */
  label: z.string().min(1),
  /** One sentence saying what clauses on this theme are about. */
  definition: z.string().min(1),
  /** Words people search with that the clauses may not use ("dating", "burnout"); fed to search. */
  synonyms: z.array(z.string().min(1)).default([]),
  /** The group the theme sits in on the crosswalk. */
  group: z.enum(themeGroups),
  /** Position within its group (lower first). */
  order: z.number().int(),
  /** Questions readers ask that this theme answers (see readerQuestions). */
  readerQuestions,
});

export type ThemeData = z.infer<typeof themeSchema>;
