// /search/: the filter options, as the labels the index carries (lib/search/records.ts), so form and index agree.
import { audienceLabels, audiences } from '../../schemas/code';
import { CODE_LIST_MAX_CODES } from '../constants';
import type { SiteData } from '../content/model';
import { filterAudiences } from '../marks';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

export interface SearchPageView {
  checkboxFilters: { legend: string; name: string; options: string[] }[];
  /**
   * Above CODE_LIST_MAX_CODES codes the code filter is a picker (a box that suggests codes from
   * /data/code-index.json, loaded on use) instead of one checkbox per code, and checkboxFilters leaves it out.
   */
  codePicker: boolean;
  /** Theme labels by theme group. */
  themeOptions: ThemeGroupOf<string>[];
}

export function searchPageView({ codes, themes }: SiteData): SearchPageView {
  const audienceOptions = audiences
    .filter((audience) => codes.some((code) => filterAudiences(code.data).includes(audience)))
    .map((audience) => audienceLabels[audience]);
  const codePicker = codes.length > CODE_LIST_MAX_CODES;
  return {
    checkboxFilters: [
      ...(codePicker
        ? []
        : [{ legend: 'Code', name: 'code', options: codes.map((code) => code.data.shortTitle) }]),
      { legend: 'Audience', name: 'audience', options: audienceOptions },
    ],
    codePicker,
    themeOptions: groupThemes(themes, (theme) => theme.data.label),
  };
}
