// /scenarios/: every case scenario as a link, and where the about page says what to do when sources differ.
import type { SiteData } from '../content/model';
import { paths, withBase } from '../paths';
import { scenarioLinks, type ScenarioLink } from './scenario-links';

export interface ScenariosIndexView {
  scenarios: ScenarioLink[];
  /** The about page's section on a code, a policy and the law that seem to differ, with base. */
  conflictingGuidanceHref: string;
}

/** `base` is the site's base path ("/", "/ethics/"); every href returned carries it. */
export function scenariosIndexView(
  site: SiteData,
  base: string = import.meta.env.BASE_URL,
): ScenariosIndexView {
  return {
    scenarios: scenarioLinks(site.scenarios, base),
    conflictingGuidanceHref: `${withBase(paths.about(), base)}#conflicting-guidance`,
  };
}
