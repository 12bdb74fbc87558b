// /search/: the filter options, as the labels the index carries (lib/search/records.ts), so form and index agree.
import { audienceLabels, audiences } from '../../schemas/code';
import type { SiteData } from '../content/model';
import { groupThemes, type ThemeGroupOf } from './theme-groups';

export interface SearchPageView {
  checkboxFilters: { legend: string; name: string; options: string[] }[];
  /** Theme labels by theme group. */
  themeOptions: ThemeGroupOf<string>[];
}

export function searchPageView({ codes, themes }: SiteData): SearchPageView {
  const audienceOptions = audiences
    .filter((audience) => codes.some((code) => code.data.audience.includes(audience)))
    .map((audience) => audienceLabels[audience]);
  return {
    checkboxFilters: [
      { legend: 'Code', name: 'code', options: codes.map((code) => code.data.shortTitle) },
      { legend: 'Audience', name: 'audience', options: audienceOptions },
    ],
    themeOptions: groupThemes(themes, (theme) => theme.data.label),
  };
}
