import { z } from 'astro/zod';
import { codeFacts } from '../lib/marks';
import { audiences, codeStatuses } from './code';

/** `/data/codes.json`: a public interface that others build on. Fields may be added; none renamed or removed. */
export const codesExportSchema = z.object({
  /** When the file was built (ISO 8601). */
  generated: z.string().datetime(),
  /** The theme taxonomy. */
  themes: z.array(
    z.object({
      /** Theme id, as used in clause `themes` and in `/themes/<id>/`. */
      id: z.string(),
      /** Display name. */
      label: z.string(),
      /** One-sentence definition. */
      definition: z.string(),
    }),
  ),
  codes: z.array(
    z.object({
      /** Code id, the URL slug. */
      id: z.string(),
      /** Full title. */
      title: z.string(),
      /** Issuing body. */
      issuer: z.string(),
      /** Audiences the code is written for. */
      audience: z.array(z.string()),
      /** Year or date adopted, as the source gives it (free text, e.g. "2020-09-21"); absent when undated. */
      adopted: z.string().optional(),
      /** Absolute path of the code page, with the site's base path. */
      url: z.string().startsWith('/'),
      /**
       * `draft` while the clauses' themes are the importer's proposal, not yet reviewed (their absence from a theme
       * is then no finding); `reviewed` once a person has checked them. (An addition to the brief's format.)
       */
      status: z.enum(codeStatuses),
      /**
       * Which of the code's facts (`issuer`, `jurisdiction`, `adopted`, `audience`) we supplied rather than read
       * in the source: show them marked "(our identification)". `audience` is always ours. (An addition.)
       */
      identified_by_us: z.array(z.enum(codeFacts)),
      /** Audiences the source itself offers the code to, with its words saying so. (An addition.) */
      offered_to: z.array(z.object({ audience: z.enum(audiences), quote: z.string() })),
      clauses: z.array(
        z.object({
          /** Clause id, unique within the code; the URL fragment. */
          id: z.string(),
          /** Number or label as in the source. */
          label: z.string(),
          /** Full name for citations: "Conflicts of Interest 3." or "Value 3." */
          name: z.string(),
          /** Section heading, or null where the code has no sections. */
          section: z.string().nullable(),
          /** Plain text of the clause. */
          text: z.string(),
          /**
           * The source's lead-in the clause completes ("Peer support team members:"), only where it has one. Show it
           * before the text wherever the clause stands apart from its code. (An addition to the brief's format.)
           */
          lead_in: z.string().optional(),
          /** Themes the clause addresses directly. */
          themes: z.array(z.string()),
          /** Themes it only touches on. */
          touches: z.array(z.string()),
          /** Absolute path of the clause, with the site's base path. */
          url: z.string().startsWith('/'),
        }),
      ),
    }),
  ),
});

export type CodesExport = z.infer<typeof codesExportSchema>;

/**
 * `/data/themes/<id>.json`: one theme and every clause that addresses it directly, from every code. The draft
 * builder (/build/) loads it when a reader opens the theme, instead of carrying every clause in its page.
 */
export const themeFileSchema = z.object({
  /** Theme id, as used in clause `themes` and in `/themes/<id>/`. */
  id: z.string(),
  /** Display name. */
  label: z.string(),
  /** Absolute path of the theme page, with the site's base path. */
  url: z.string().startsWith('/'),
  /** The clauses on the theme: code by code in the site's order, each code's in its own order. */
  clauses: z.array(
    z.object({
      /** `code-id:clause-id`, as a builder draft stores an adopted clause. */
      ref: z.string(),
      /** Code id, the URL slug. */
      codeId: z.string(),
      /** The code's full title. */
      codeTitle: z.string(),
      /** The code's short title: "Alaska PSP". */
      codeShortTitle: z.string(),
      /** The code's issuing body, followed by "(our identification)" where we supplied the name. */
      issuer: z.string(),
      /** Absolute path of the code page, with the site's base path. */
      codeUrl: z.string().startsWith('/'),
      /** Clause id, unique within the code; the URL fragment. */
      clauseId: z.string(),
      /** The clause's full name in its code, for citations: "Conflicts of Interest 3." */
      clause: z.string(),
      /** The short title and the clause's name, to tell candidates apart: "Alaska PSP, Conflicts of Interest 3." */
      name: z.string(),
      /** Themes the clause addresses directly (this one among them). */
      themes: z.array(z.string()),
      /** The clause's words, its lead-in first where it has one (it stands apart from its code), by paragraph. */
      paragraphs: z.array(z.string()).min(1),
      /** Absolute path of the clause in its code, with the site's base path. */
      url: z.string().startsWith('/'),
    }),
  ),
});

export type ThemeFile = z.infer<typeof themeFileSchema>;

/** `/data/crosswalk.csv` header, defined beside the row function both of its writers share. */
export { CROSSWALK_CSV_HEADER } from '../lib/exports/crosswalk-rows';

/**
 * `/data/coverage.csv` header: one row per theme and code, with the crosswalk cell's state (`addresses`,
 * `in-passing`, `silent`, or `not-reviewed` where a draft code has no clause on the theme: not yet a finding),
 * then the code's `status` (`draft` | `reviewed`), appended.
 */
export const COVERAGE_CSV_HEADER = [
  'theme_id',
  'theme_label',
  'code_id',
  'code_short_title',
  'state',
  'addressing_clause_ids',
  'in_passing_clause_ids',
  'status',
] as const;
