// A theme page quotes every clause on its theme from every code: about 10 KB at five codes, but it grows with
// every code (bench/README.md measured ~1 MB raw at 500). Above the cap it names each code's clauses, linked to
// their permalinks, instead of quoting them in full; the code pages keep the full text.
import { THEME_FULL_TEXT_MAX_CODES } from '../constants';

export function quotesInFull(speakingCodes: number): boolean {
  return speakingCodes <= THEME_FULL_TEXT_MAX_CODES;
}
