/** A clause as written in a code's MDX file, before it is checked. */
export interface ClauseSource {
  /** Stable id, unique within its code; the URL fragment. Empty when the MDX left it out. */
  id: string;
  /** Number or label as in the source ("3.", "NOTE", "¶ 2"). Empty when the MDX left it out. */
  label: string;
  /** Text of the heading the clause sits under, or null where the source has no sections. */
  section: string | null;
  /** Anchor id of that heading, or null. */
  sectionId: string | null;
  /**
   * The source's lead-in sentence the clause completes ("Peer support team members:"), or null. Derived from the
   * structure: the last paragraph ending in a colon since the clause's heading, with only clauses in between.
   */
  leadIn: string | null;
  /** Themes the clause addresses directly. */
  themes: string[];
  /** Themes the clause touches on without addressing them head-on. */
  touches: string[];
  /** Former ids that must keep landing on this clause. */
  aliases: string[];
  /** Plain text of the clause, paragraphs separated by a blank line. */
  text: string;
  /** Line in the MDX body where the clause starts (1-based), for error messages. */
  line: number;
}

/** What extraction finds in one code file. */
export interface ExtractedCode {
  clauses: ClauseSource[];
  /** Anchor ids of the file's own headings, which clause ids must not collide with. */
  headingIds: string[];
  /** Problems found while reading the file (not yet the cross-file checks). */
  problems: ContentProblem[];
}

/** One thing wrong with the content, precise enough to fix without searching. */
export interface ContentProblem {
  /** Path of the file at fault, as the loader reports it. */
  file: string;
  /** Clause id (or entry id) at fault, where there is one. */
  clause?: string;
  message: string;
}
