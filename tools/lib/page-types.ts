// Which kind of page a built file is, for per-type size figures. Paths are relative to the build folder,
// forward slashes, without the base path.

export const PAGE_TYPES = [
  'home',
  'codes-index',
  'code',
  'guidelines',
  'themes-index',
  'theme',
  'crosswalk',
  'compare-index',
  'compare',
  'compare-code',
  'search',
  'about',
  '404',
  'scenarios-index',
  'scenario',
  'selection',
  'builder',
  'clause',
  'embed',
  'other-page',
  'data',
  'pagefind',
  'preview-image',
  'asset',
  'other-file',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * The two tool pages are small applications whose content is made in the browser (a handout of the reader's
 * selection, a draft code); they get their own JavaScript budget instead of the reading pages' one.
 * @public (dist-report.ts reads it; knip misses that use)
 */
export const TOOL_TYPES: readonly PageType[] = ['selection', 'builder'];

/** Types that are HTML pages a reader loads (as opposed to data, indexes and assets). @public (dist-report.ts reads it; knip misses that use) */
export const HTML_TYPES: readonly PageType[] = PAGE_TYPES.filter(
  (type) => !['data', 'pagefind', 'preview-image', 'asset', 'other-file'].includes(type),
);

/** HTML pages of a kind the size gate knows: each has its budget in budgets.ts ('other-page' is a page of no known kind). */
export type BudgetedPageType = Exclude<
  PageType,
  'other-page' | 'data' | 'pagefind' | 'preview-image' | 'asset' | 'other-file'
>;

export function isBudgetedPageType(type: PageType): type is BudgetedPageType {
  return HTML_TYPES.includes(type) && type !== 'other-page';
}

export function classifyFile(file: string): PageType {
  if (file.startsWith('pagefind/')) return 'pagefind';
  if (file.startsWith('data/')) return 'data';
  if (file.startsWith('_astro/')) return 'asset';
  if (file.startsWith('og/')) return 'preview-image';
  if (!file.endsWith('.html')) return 'other-file';
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const parts = file.replace(/\/?index\.html$/, '').split('/');
  const [first, second, third] = parts;
  switch (first) {
    case 'codes':
      if (parts.length === 1) return 'codes-index';
      // /codes/page/2/…: the further pages of the list above CODE_LIST_MAX_CODES ("page" is no code id).
      if (second === 'page' && parts.length === 3 && /^\d+$/.test(third ?? '')) return 'codes-index';
      if (third === 'guidelines' && parts.length === 3) return 'guidelines';
      return parts.length === 2 ? 'code' : parts.length === 3 ? 'clause' : 'other-page';
    case 'themes':
      return parts.length === 1 ? 'themes-index' : parts.length === 2 ? 'theme' : 'other-page';
    case 'crosswalk':
      return parts.length === 1 || (parts.length === 2 && /^\d+$/.test(second ?? ''))
        ? 'crosswalk'
        : 'other-page';
    case 'compare':
      // /compare/<code>/: one code against the others (a picker), /compare/<a>/<b>/: a static pair page.
      if (parts.length === 1) return 'compare-index';
      return parts.length === 2 ? 'compare-code' : parts.length === 3 ? 'compare' : 'other-page';
    case 'search':
      return parts.length === 1 ? 'search' : 'other-page';
    case 'about':
      return parts.length === 1 ? 'about' : 'other-page';
    case 'scenarios':
      return parts.length === 1 ? 'scenarios-index' : parts.length === 2 ? 'scenario' : 'other-page';
    case 'selection':
      return parts.length === 1 ? 'selection' : 'other-page';
    case 'embed':
      return parts.length === 3 ? 'embed' : 'other-page';
    case 'build':
      return parts.length === 1 ? 'builder' : 'other-page';
    default:
      return 'other-page';
  }
}
