// Which client-side chunk a module goes in (Vite's manualChunks), so that a page loads one or two module
// scripts instead of one per component plus the shared helpers they import. Astro makes each component
// <script> an entry; modules two entries share would each become a chunk, and a request, of their own.
// - `site`: the header's script (on every page) with Vite's preload helper, which every dynamic import uses,
//   and the storage and clipboard helpers and the tiny shared modules (constants, lead-in) that several elements use.
// - `clause`: the clause controls (AddToSelection's script) with the selection store, which the handout shares.
// A manual chunk takes in the modules it imports that no other rule places, so shared helpers need a rule.
// Everything else is left to Rollup.

/** @param {string} id */
export function clientChunk(id) {
  if (id.includes('vite/preload-helper') || /\/src\/client\/(?:storage|clipboard)\.ts$/.test(id) || /\/src\/lib\/(?:constants|content\/lead-in)\.ts$/.test(id) || /\/components\/SiteHeader\.astro\?astro&type=script/.test(id)) return 'site';
  if (/\/components\/AddToSelection\.astro\?astro&type=script/.test(id) || /\/src\/client\/selection-store\.ts$/.test(id)) return 'clause';
  return undefined;
}
