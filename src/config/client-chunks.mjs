// Which client-side chunk a module goes in (Vite's manualChunks), so that a page loads one or two module
// scripts instead of one per component plus the shared helpers they import. Astro makes each component
// <script> an entry; modules two entries share would each become a chunk, and a request, of their own.
// - `site`: the header's script (on every page) with Vite's preload helper, which every dynamic import uses,
//   and the small shared modules several elements use: storage, clipboard, the disclosure helper, the
//   selection store (the header shows the selection's count) and the constants and lead-in helpers.
// - `clause`: the clause controls (AddToSelection's script: add to selection, copy link, cite, embed).
// - `compare`: the compare picker's script (which also defines the compare filter) with the alignment logic that
//   the many-code and two-code browser views share.
// A manual chunk takes in the modules it imports that no other rule places, so shared helpers need a rule.
// Everything else is left to Rollup.

const SITE = [
  /\/components\/SiteHeader\.astro\?astro&type=script/,
  /\/src\/client\/(?:storage|clipboard|disclosure|dom|selection-store)\.ts$/,
  /\/src\/lib\/(?:constants|content\/lead-in|selection\/refs)\.ts$/,
];
const CLAUSE = [/\/components\/AddToSelection\.astro\?astro&type=script/];
const COMPARE = [
  /\/components\/ComparePicker\.astro\?astro&type=script/,
  /\/src\/lib\/crosswalk\/(?:matrix|compare)\.ts$/,
];

/** @param {string} id */
export function clientChunk(id) {
  if (id.includes('vite/preload-helper') || SITE.some((pattern) => pattern.test(id))) return 'site';
  if (CLAUSE.some((pattern) => pattern.test(id))) return 'clause';
  if (COMPARE.some((pattern) => pattern.test(id))) return 'compare';
  return undefined;
}
