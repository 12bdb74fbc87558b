// /scenarios/<scenario>/: the situation and the clauses it cites, word for word.
import type { Clause, Code, Scenario, SiteData } from '../content/model';
import { textWithLeadIn } from '../content/lead-in';
import { paths, withBase } from '../paths';
import { citedClauses } from '../scenarios';
import { audienceLabels } from '../../schemas/code';
import { themeLinks, type ThemeLink } from './theme-links';

export interface ScenarioPageView {
  scenario: Scenario;
  /** "Peer support team, Individual peer supporter". */
  settings: string;
  /** The cited clauses, each with its place in its code (with base). */
  cited: { code: Code; clause: Clause; name: string; href: string; paragraphs: string[] }[];
  /** The cited clauses as a handout, with base. */
  handoutHref: string;
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
      href: withBase(paths.clause(code.id, clause.id), base),
      // A clause quoted apart from its code keeps the lead-in that gives it its subject.
      paragraphs: textWithLeadIn(clause).split(/\n{2,}/),
    })),
    handoutHref: withBase(paths.selection(scenario.data.clauses.join(',')), base),
    themes: themeLinks(scenario.data.themes, base),
  };
}
