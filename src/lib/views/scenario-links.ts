// Case scenarios as a list of links (ScenarioList.astro), for the scenarios index and each theme page.
import { audienceLabels } from '../../schemas/code';
import type { Scenario } from '../content/model';
import { paths, withBase } from '../paths';

export interface ScenarioLink {
  /** The scenario page, with the base path. */
  href: string;
  title: string;
  /** The settings it is set in, as words: "behavioral health, first responders". */
  settings: string;
  summary: string;
}

export function scenarioLinks(
  scenarios: Scenario[],
  base: string = import.meta.env.BASE_URL,
): ScenarioLink[] {
  return scenarios.map((scenario) => ({
    href: withBase(paths.scenario(scenario.id), base),
    title: scenario.data.title,
    settings: scenario.data.settings.map((setting) => audienceLabels[setting]).join(', '),
    summary: scenario.data.summary,
  }));
}
