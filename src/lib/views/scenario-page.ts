// /scenarios/<scenario>/: the situation and the clauses it cites, word for word.
import type { Clause, Code, Scenario, SiteData } from '../content/model';
import { textWithLeadIn } from '../content/lead-in';
import { paths } from '../paths';
import { citedClauses } from '../scenarios';
import { audienceLabels } from '../../schemas/code';
import { themeLinks, type ThemeLink } from './theme-links';

export interface ScenarioPageView {
  scenario: Scenario;
  /** "Peer support team, Individual peer supporter". */
  settings: string;
  cited: { code: Code; clause: Clause; name: string; paragraphs: string[] }[];
  /** The cited clauses as a handout, relative to the site base. */
  handoutPath: string;
  /** The themes it raises, with their pages (with base). */
  themes: ThemeLink[];
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function scenarioPageView(
  site: SiteData,
  scenario: Scenario,
  base: string = import.meta.env.BASE_URL,
): ScenarioPageView {
  return {
    scenario,
    settings: scenario.data.settings.map((setting) => audienceLabels[setting]).join(', '),
    cited: citedClauses(scenario, site).map(({ code, clause }) => ({
      code,
      clause,
      name: `${code.data.shortTitle}, ${clause.name}`,
      // A clause quoted apart from its code keeps the lead-in that gives it its subject.
      paragraphs: textWithLeadIn(clause).split(/\n{2,}/),
    })),
    handoutPath: paths.selection(scenario.data.clauses.join(',')),
    themes: themeLinks(scenario.data.themes, base),
  };
}
