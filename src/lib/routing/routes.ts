// Every page the build makes from site data, in one place and one shape: Astro's `{ params, props }` list, which a
// page's getStaticPaths returns as it is. A page reads its props' type from here (RouteProps), computes its view
// from them (lib/views/), and renders; which pages exist is decided only in this file.
import type { Clause, Code, Scenario, SiteData, Theme } from '../content/model';
import { staticComparePairs } from '../crosswalk/compare-pages';
import { pageColumns } from '../crosswalk/pages';
import { imagePlan } from '../og/plan';
import { codeListPageNumbers } from '../views/codes-index';

/** One page: the URL's parameters and what the page is given. */
export interface Route<Params extends Record<string, string | undefined>, Props> {
  params: Params;
  props: Props;
}

/** The props a route list gives its pages: `type Props = RouteProps<typeof codeRoutes>`. */
export type RouteProps<
  List extends (site: SiteData) => Route<Record<string, string | undefined>, unknown>[],
> = ReturnType<List>[number]['props'];

/** /codes/<code>/: each code in full; also its preview image (/og/<code>.png) and data file (/data/codes/<code>.json). */
export function codeRoutes({ codes }: Pick<SiteData, 'codes'>): Route<{ code: string }, { code: Code }>[] {
  return codes.map((code) => ({ params: { code: code.id }, props: { code } }));
}

/**
 * /codes/<code>/<clause>/: a page for every clause and for every alias (a former id), so an old clause page URL
 * keeps working after a rename; an alias's page shows the current clause.
 */
export function clausePageRoutes({
  codes,
}: Pick<SiteData, 'codes'>): Route<{ code: string; clause: string }, { code: Code; clause: Clause }>[] {
  return codes.flatMap((code) =>
    code.clauses.flatMap((clause) =>
      [clause.id, ...clause.aliases].map((segment) => ({
        params: { code: code.id, clause: segment },
        props: { code, clause },
      })),
    ),
  );
}

/** /codes/page/<n>/: the further pages of the code list (none while /codes/ holds every code). */
export function codeListRoutes(site: SiteData): Route<{ number: string }, { number: number }>[] {
  return codeListPageNumbers(site).map((number) => ({
    params: { number: String(number) },
    props: { number },
  }));
}

/** /compare/<a>/<b>/: every ordered pair up to STATIC_COMPARE_MAX_CODES codes; above it /compare/ aligns in the browser. */
export function comparePairRoutes({
  codes,
}: Pick<SiteData, 'codes'>): Route<{ a: string; b: string }, { a: Code; b: Code }>[] {
  return staticComparePairs(codes).map(([a, b]) => ({ params: { a: a.id, b: b.id }, props: { a, b } }));
}

/** /compare/<code>/: one code chosen, the other still to pick. */
export function compareCodeRoutes({
  codes,
}: Pick<SiteData, 'codes'>): Route<{ a: string }, { code: Code }>[] {
  return codes.map((code) => ({ params: { a: code.id }, props: { code } }));
}

/** /crosswalk/ and /crosswalk/<n>/: the matrix, a page of code columns each. */
export function crosswalkRoutes({
  codes,
}: Pick<SiteData, 'codes'>): Route<{ page: string | undefined }, { pageNumber: number }>[] {
  return pageColumns(codes).map((page) => ({
    params: { page: page.param },
    props: { pageNumber: page.number },
  }));
}

/** /themes/<theme>/: one theme across every code. */
export function themeRoutes({
  themes,
}: Pick<SiteData, 'themes'>): Route<{ theme: string }, { theme: Theme }>[] {
  return themes.map((theme) => ({ params: { theme: theme.id }, props: { theme } }));
}

/** /scenarios/<scenario>/: one situation and the clauses it rests on. */
export function scenarioRoutes({
  scenarios,
}: Pick<SiteData, 'scenarios'>): Route<{ scenario: string }, { scenario: Scenario }>[] {
  return scenarios.map((scenario) => ({ params: { scenario: scenario.id }, props: { scenario } }));
}

/** Every clause under its current id (no aliases). */
function everyClause(
  codes: Code[],
): Route<{ code: string; clause: string }, { code: Code; clause: Clause }>[] {
  return codes.flatMap((code) =>
    code.clauses.map((clause) => ({ params: { code: code.id, clause: clause.id }, props: { code, clause } })),
  );
}

/** /embed/<code>/<clause>/: a card for other sites to frame, one per clause. */
export function embedRoutes({ codes }: Pick<SiteData, 'codes'>) {
  return everyClause(codes);
}

/** /og/<code>/<clause>.png: a preview image per clause, only when the build makes one per clause (lib/og/plan.ts). */
export function clauseImageRoutes(site: SiteData) {
  return imagePlan(site) === 'clause' ? everyClause(site.codes) : [];
}

/** /data/themes/<theme>.json: one theme's clauses from every code. */
export function themeDataRoutes({
  codes,
  themes,
}: Pick<SiteData, 'codes' | 'themes'>): Route<{ theme: string }, { theme: Theme; codes: Code[] }>[] {
  return themes.map((theme) => ({ params: { theme: theme.id }, props: { theme, codes } }));
}
