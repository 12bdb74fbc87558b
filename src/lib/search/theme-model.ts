// The tag suggester's theme model (lib/theme-reading/model.ts) as the search ships it, /data/search-theme-model.json:
// trained on the reviewed clauses and the themes' words, with only the reader questions as single examples (so the
// file does not grow with the number of codes), and its weights rounded to four places (about half the bytes;
// the ranking it gives is the same to that precision). Built once per build.
import type { SiteData } from '../content/model';
import type { Lexicon } from '../../schemas/lexicon';
import { reviewedClauses, themeWords } from '../../authoring/tagging/corpus';
import { DEFAULT_RULE, trainThemeModel } from '../../authoring/tagging/suggester';
import type { ThemeModel } from '../theme-reading/model';

export function searchThemeModel(
  site: Pick<SiteData, 'codes' | 'themes'>,
  lexicon: Pick<Lexicon, 'entries'>,
): ThemeModel {
  const model = trainThemeModel(
    reviewedClauses(site),
    themeWords(site, lexicon),
    DEFAULT_RULE,
    'reader questions',
  );
  return JSON.parse(
    JSON.stringify(model, (_, value: unknown) =>
      typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e4) / 1e4 : value,
    ),
  ) as ThemeModel;
}
