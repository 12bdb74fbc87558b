// The themes a query is read as by the tag suggester's model (lib/theme-reading/model.ts), beside those its words
// name (understand.ts). The model reads the whole query against every theme's clauses, definition, lexicon words
// and reader questions, so a situation told in words no lexicon entry holds still leans toward its theme. Its best
// themes join the lookups and the scenario match at a small weight; they are not offered as topics, which stay
// what the query's words name. Pure.
import type { ThemeScore } from '../theme-reading/model';
import type { QueryPlan, ThemeHit } from './understand';

export interface ThemeReading {
  /**
   * The fewest meaningful words a query needs to be read as a whole: a shorter one is a keyword, whose themes its
   * words name, and it need not fetch the model (/data/search-theme-model.json).
   */
  minWords: number;
  /** How many of the model's best themes join. */
  top: number;
  /** The best theme's weight, against a looked-up term's 1; the next ones weigh in proportion to their score. */
  weight: number;
}

/**
 * Chosen on the development measure (`npm run evaluate-questions`, docs/SEARCH.md) by a rule set before the grid:
 * no fewer clauses first or in the first three, and no more with none there, for theme and scenario questions
 * alike; then the most own scenarios shown less scenarios shown off the theme. `minWords`: the most that measures
 * the same as reading every query (2 and 3 did; 4 lost two theme questions' first clauses and a scenario shown).
 */
export const THEME_READING: ThemeReading = { minWords: 3, top: 2, weight: 0.25 };

/** Whether a query is long enough for the model to read (`ThemeReading.minWords`). */
export function readsWhole(plan: Pick<QueryPlan, 'stems'>, setting: ThemeReading = THEME_READING): boolean {
  return plan.stems.length >= setting.minWords && setting.top > 0;
}

/**
 * The plan's named themes with the model's best ones added (weights summed where they meet), strongest first; the
 * plan's themes alone when the query is too short to be read whole or the model has nothing to say.
 */
export function themesRead(
  plan: Pick<QueryPlan, 'themes' | 'stems'>,
  ranking: readonly ThemeScore[] | null,
  setting: ThemeReading = THEME_READING,
): ThemeHit[] {
  const themes = plan.themes.map((theme) => ({ ...theme }));
  const best = ranking?.[0]?.score ?? 0;
  if (!ranking || best <= 0 || !readsWhole(plan, setting)) return themes;
  for (const { theme, score } of ranking.slice(0, setting.top)) {
    if (score <= 0) break;
    const weight = (setting.weight * score) / best;
    const named = themes.find((hit) => hit.id === theme);
    if (named) named.weight += weight;
    else themes.push({ id: theme, weight });
  }
  return themes.sort((a, b) => b.weight - a.weight);
}
