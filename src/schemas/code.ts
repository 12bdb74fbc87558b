import { z } from 'astro/zod';

/** Audiences a code is written for; used for the crosswalk's column filter and search filters. */
export const audiences = ['behavioral-health', 'first-responder'] as const;
export type Audience = (typeof audiences)[number];

/** Human labels for audiences, in display order. */
export const audienceLabels: Record<Audience, string> = {
  'behavioral-health': 'Behavioral health',
  'first-responder': 'First responder',
};

/** Review states of a code's tagging. */
export const codeStatuses = ['draft', 'reviewed'] as const;
export type CodeStatus = (typeof codeStatuses)[number];

/** Front matter of one code of ethics (`content/codes/<code id>.mdx`). The file name is the code id. */
export const codeSchema = z.object({
  /** Full title as the source gives it, e.g. "Code of Ethics for Alaska Peer Support Professionals". */
  title: z.string().min(1),
  /** A short name for tables, chips and search results, e.g. "Alaska PSP". */
  shortTitle: z.string().min(1).max(24),
  /** The body that issued or adopted the code, e.g. "Alaska Commission for Behavioral Health Certification". */
  issuer: z.string().min(1),
  /** Where the code applies: a state, "International", or "Agency" for team codes. */
  jurisdiction: z.string().min(1),
  /** Who the code is written for; at least one. */
  audience: z.array(z.enum(audiences)).min(1),
  /**
   * Audiences the source itself offers the code to, beyond our classification in `audience`, each with the
   * source's words that say so (checked against the source by tests/unit/marks.test.ts). Audience filters show
   * the code under these too, so our classification never hides a code its source offers to that audience.
   */
  offeredTo: z
    .array(
      z.object({
        /** The audience the source offers the code to. */
        audience: z.enum(audiences),
        /** The source's own words offering it, verbatim. */
        quote: z.string().min(1),
      }),
    )
    .default([]),
  /** Year or date adopted, only where the source gives one (free text, e.g. "2020-09-21"). */
  adopted: z.string().optional(),
  /** Where our copy of the text comes from, and anything a reader should know about that copy. */
  sourceNote: z.string().min(1),
  /** One paragraph in our own words on what the code is and how it is built. */
  summary: z.string().min(1),
  /** What one clause is called where the code has no sections ("Value", "Principle", "Item"): "Value 3.". */
  itemName: z.string().min(1).optional(),
  /**
   * Facts above that the source text does not state: our identification (a name spelled out from initials, a
   * state inferred from an agency's name). Pages mark them so; the source-given ones stand unmarked.
   */
  identifiedByUs: z.array(z.enum(['issuer', 'jurisdiction', 'adopted'])).default([]),
  /** Position in lists of codes (lower first). */
  order: z.number().int(),
  /**
   * `draft` while the clause tagging is the importer's proposal (pages then say "tagging proposed, not yet
   * reviewed", and silence reads "not reviewed"); `reviewed` once a person has checked every clause's themes.
   */
  status: z.enum(codeStatuses).default('reviewed'),
});

export type CodeData = z.infer<typeof codeSchema>;
