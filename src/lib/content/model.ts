// The checked content model every page, export and index is built from.
import type { CodeData } from '../../schemas/code';
import type { GuidelineData } from '../../schemas/guideline';
import type { ScenarioData } from '../../schemas/scenario';
import type { ThemeData } from '../../schemas/theme';
import type { ClauseSource } from './types';

/** A checked clause: what the MDX says (see ClauseSource), placed in its code. */
export interface Clause extends Omit<ClauseSource, 'line'> {
  /** Id of the code the clause belongs to. */
  codeId: string;
  /** Full name for running text: "Conflicts of Interest 3.", "Value 3." (see clauseName). */
  name: string;
}

export interface Code {
  id: string;
  /** Path of the MDX file, for messages. */
  file: string;
  data: CodeData;
  clauses: Clause[];
}

export interface Theme {
  id: string;
  data: ThemeData;
  /** The comparison note, as Markdown source. */
  note: string;
}

export interface Guideline {
  id: string;
  data: GuidelineData;
}

export interface Scenario {
  id: string;
  data: ScenarioData;
}

export interface SiteData {
  codes: Code[];
  themes: Theme[];
  guidelines: Guideline[];
  /** Case scenarios for workshops, in order; references checked. */
  scenarios: Scenario[];
}

/** The loader's view of one entry: what the pure assembly needs, and nothing Astro-specific. */
export interface RawEntry<T> {
  id: string;
  filePath?: string;
  body?: string;
  data: T;
}
