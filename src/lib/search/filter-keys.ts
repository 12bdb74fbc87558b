// The filter groups every search record carries, in the order the search UI shows them. A module of its own
// so the browser code can use it without pulling the content schemas (and Zod) into the bundle.
export const FILTER_KEYS = ['code', 'theme', 'audience'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
